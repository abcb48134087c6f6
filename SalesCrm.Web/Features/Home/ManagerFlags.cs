namespace SalesCrm.Web.Features.Home;

/// <summary>
/// What a sales manager (their region) or the director (all) must look at first: OWN-3 collisions of the last week,
/// VIS-2 late entries of the last month, TIER-2 A-tier customers without an account manager, and OWN-7 customers of
/// people who left, waiting for a successor.
/// </summary>
public sealed record ManagerFlags(int RecentCollisions, int RecentLateEntries, int UnassignedATier, int LeaversCustomers = 0)
{
    public bool Any => RecentCollisions + RecentLateEntries + UnassignedATier + LeaversCustomers > 0;
}
