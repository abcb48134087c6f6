using System.Linq.Expressions;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for opportunities (PIPE-1): the sales side only — the owner, the region's sales manager, the director and
/// administrators — with the reach they have over a customer's commercial terms. The same reach reads and works.
/// </summary>
public static class OpportunityAccess
{
    /// <param name="customers">For the owner's reach: a pooled customer's opportunities are nobody's until it is claimed (OWN-6).</param>
    public static Expression<Func<Opportunity, bool>> Readable(CurrentUser user, IQueryable<Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var region = user.RegionId;
        return CustomerAccess.TermsScope(user.Role) switch
        {
            AccessScope.All => o => true,
            AccessScope.Region => o => o.RegionId == region,
            AccessScope.Own => o => o.OwnerId == id && customers.Any(k => k.Id == o.CustomerId && k.PooledAt == null),
            _ => o => false,
        };
    }

    /// <summary>Those who oversee others' pipelines: the sales manager (their region), the director and administrators.</summary>
    public static bool CanReviewPipeline(Domain.Organisation.CrmRole role) => CustomerAccess.TermsScope(role) is AccessScope.Region or AccessScope.All;
}
