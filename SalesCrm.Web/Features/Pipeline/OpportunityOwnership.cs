using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>OWN-5/OWN-6 with PIPE-1: whenever a customer changes owner, its open opportunities go along in the same save.</summary>
public static class OpportunityOwnership
{
    public static async Task FollowAsync(CrmDbContext db, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(customer);
        var open = await db.Opportunities.Where(o => o.CustomerId == customer.Id && o.LostAt == null && o.Stage != Domain.Pipeline.OpportunityStage.Signing)
            .ToListAsync(cancellationToken);
        foreach (var opportunity in open)
        {
            opportunity.FollowCustomer(customer.OwnerId, customer.RegionId);
        }
    }
}
