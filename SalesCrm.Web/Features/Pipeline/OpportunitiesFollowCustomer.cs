using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>OWN-5/OWN-6 with PIPE-1: the customer's open opportunities go to its new owner and region; closed ones stay the closer's result.</summary>
public sealed class OpportunitiesFollowCustomer : IHandles<CustomerOwnerChanged>
{
    public async Task HandleAsync(CustomerOwnerChanged domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var open = await db.Opportunities.Where(o => o.CustomerId == domainEvent.CustomerId && o.LostAt == null && o.Stage != OpportunityStage.Signing)
            .ToListAsync(cancellationToken);
        foreach (var opportunity in open)
        {
            opportunity.FollowCustomer(domainEvent.OwnerId, domainEvent.RegionId);
        }
    }
}
