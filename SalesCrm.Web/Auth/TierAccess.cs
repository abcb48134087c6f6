using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for a customer's standing: its grade (TIER-1), its account manager (TIER-2) and its loss (CUS-3). The region's
/// sales manager, the director and administrators grade and staff customers, as they transfer them (OWN-5); the owner
/// may also mark their own customer lost. The director and administrators keep the list of lost reasons.
/// </summary>
public static class TierAccess
{
    /// <summary>TIER-1/TIER-2: who sets a higher grade and assigns the account manager.</summary>
    public static bool CanManage(CurrentUser user, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(customer);
        return CustomerAccess.TransferScope(user.Role) switch
        {
            AccessScope.All => true,
            AccessScope.Region => customer.RegionId == user.RegionId,
            _ => false,
        };
    }

    /// <summary>CUS-3: the owner (while the customer is theirs), the region's sales manager, the director or an administrator.</summary>
    public static bool CanMarkLost(CurrentUser user, Customer customer) =>
        CanManage(user, customer) || (user.Role is CrmRole.SalesRep or CrmRole.AccountManager && customer.OwnerId == user.Id && !customer.InPool);

    /// <summary>CUS-3: the managed list of lost reasons.</summary>
    public static bool CanManageLostReasons(CrmRole role) => role is CrmRole.MarketingDirector or CrmRole.Administrator;

    /// <summary>CUS-3 (003 §8.3.7): the churn analysis — a sales manager for their region, the director and administrators for all.</summary>
    public static AccessScope ChurnScope(CrmRole role) => CustomerAccess.TransferScope(role);

    /// <summary>TIER-2: the flag for A-tier customers without an account manager, seen by those who assign one.</summary>
    public static AccessScope StaffingScope(CrmRole role) => CustomerAccess.TransferScope(role);
}
