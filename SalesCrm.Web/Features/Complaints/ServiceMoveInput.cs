namespace SalesCrm.Web.Features.Complaints;

/// <summary>What a step of the service workflow asks for; each step uses the fields it needs (see <c>ServiceMoveDialog</c>).</summary>
public sealed class ServiceMoveInput
{
    public string? Text { get; set; }
    public string? Department { get; set; }
    public DateTime? Deadline { get; set; }
    public bool Shared { get; set; }
    public int Score { get; set; }
    public Guid? PersonId { get; set; }

    public DateOnly? DeadlineDay => Deadline is { } day ? DateOnly.FromDateTime(day) : null;
}
