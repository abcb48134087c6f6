namespace SalesCrm.Web.Data.Auditing;

/// <summary>Who a save is made for. <see cref="System"/> is for seeding and background jobs.</summary>
public sealed record AuditActor(Guid? UserId, string Name)
{
    public static AuditActor System { get; } = new(null, "system");
}
