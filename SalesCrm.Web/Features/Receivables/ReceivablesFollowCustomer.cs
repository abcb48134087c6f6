using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>OWN-5/OWN-6 with AR-1: the customer's receivables go to its new owner, who helps collect them, and region.</summary>
public sealed class ReceivablesFollowCustomer : IHandles<CustomerOwnerChanged>
{
    public async Task HandleAsync(CustomerOwnerChanged domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        foreach (var receivable in await db.Receivables.Where(r => r.CustomerId == domainEvent.CustomerId).ToListAsync(cancellationToken))
        {
            receivable.FollowCustomer(domainEvent.OwnerId, domainEvent.RegionId);
        }
    }
}
