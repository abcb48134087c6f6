namespace SalesCrm.Web.Features.Home;

/// <summary>
/// What a sales manager (their region) or the director (all) must look at first: OWN-3 collisions of the last week,
/// VIS-2 late entries of the last month, and TIER-2 A-tier customers without an account manager.
/// </summary>
public sealed record ManagerFlags(int RecentCollisions, int RecentLateEntries, int UnassignedATier)
{
    public bool Any => RecentCollisions + RecentLateEntries + UnassignedATier > 0;
}
