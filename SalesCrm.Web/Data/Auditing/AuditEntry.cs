namespace SalesCrm.Web.Data.Auditing;

/// <summary>One changed field (SEC-2): who, when, which record, old and new value. Written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = string.Empty;
    public string EntityType { get; set; } = string.Empty;
    public Guid EntityId { get; set; }
    public AuditAction Action { get; set; }
    public string Field { get; set; } = string.Empty;

    /// <summary>Which part of the record, when it has several (e.g. the contact's name).</summary>
    public string? Subject { get; set; }

    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
