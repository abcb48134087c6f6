using System.Linq.Expressions;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Auth;

/// <summary>
/// OWN-3: collisions are seen by the sales manager of either region involved (the claimant's and the owner's) and
/// by the director and administrators; nobody else.
/// </summary>
public static class OwnershipAccess
{
    public static bool CanSeeCollisions(CrmRole role) =>
        role is CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;

    public static Expression<Func<Collision, bool>> VisibleCollisions(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var region = user.RegionId;
        return user.Role switch
        {
            CrmRole.MarketingDirector or CrmRole.Administrator => c => true,
            CrmRole.SalesManager => c => c.ClaimantRegionId == region || c.OwnerRegionId == region,
            _ => c => false,
        };
    }
}
