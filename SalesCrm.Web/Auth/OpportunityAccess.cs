using System.Linq.Expressions;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for opportunities (PIPE-1): the sales side only — the owner, the region's sales manager, the director and
/// administrators — with the reach they have over a customer's commercial terms. The same reach reads and works.
/// </summary>
public static class OpportunityAccess
{
    public static Expression<Func<Opportunity, bool>> Readable(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var region = user.RegionId;
        return CustomerAccess.TermsScope(user.Role) switch
        {
            AccessScope.All => o => true,
            AccessScope.Region => o => o.RegionId == region,
            AccessScope.Own => o => o.OwnerId == id,
            _ => o => false,
        };
    }

    public static bool CanRead(CurrentUser user, Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(opportunity);
        return CustomerAccess.TermsScope(user.Role) switch
        {
            AccessScope.All => true,
            AccessScope.Region => opportunity.RegionId == user.RegionId,
            AccessScope.Own => opportunity.OwnerId == user.Id,
            _ => false,
        };
    }
}
