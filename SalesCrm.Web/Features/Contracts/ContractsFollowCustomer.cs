using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>
/// OWN-5/OWN-6: every contract of the customer, in any state and every version, goes to its new owner and region, so
/// its PDF, statement and the right to sign, cancel or re-version go with the customer.
/// </summary>
public sealed class ContractsFollowCustomer : IHandles<CustomerOwnerChanged>
{
    public async Task HandleAsync(CustomerOwnerChanged domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        foreach (var contract in await db.Contracts.Where(c => c.CustomerId == domainEvent.CustomerId).ToListAsync(cancellationToken))
        {
            contract.FollowCustomer(domainEvent.OwnerId, domainEvent.RegionId);
        }
    }
}
