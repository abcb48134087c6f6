using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>SVC-1 with OWN-5: the customer's service requests go to its new region's customer service.</summary>
public sealed class ServiceRequestsFollowCustomerRegion : IHandles<CustomerRegionChanged>
{
    public async Task HandleAsync(CustomerRegionChanged domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        foreach (var request in await db.ServiceRequests.Where(r => r.CustomerId == domainEvent.CustomerId).ToListAsync(cancellationToken))
        {
            request.FollowCustomerRegion(domainEvent.RegionId);
        }
    }
}
