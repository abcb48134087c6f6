using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Visits;

/// <summary>
/// OWN-5/OWN-6 with VIS-3: the previous owner's open plans for the customer go onto the new owner's agenda. While a
/// customer waits in the pool its plans wait with it — off the former owner's agenda, since they no longer read the
/// customer — and the rep who claims it inherits them.
/// </summary>
public sealed class PlansFollowCustomer : IHandles<CustomerOwnerChanged>
{
    public async Task HandleAsync(CustomerOwnerChanged domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var open = await db.PlannedContacts
            .Where(p => p.CustomerId == domainEvent.CustomerId && p.AssigneeId == domainEvent.PreviousOwnerId && p.Status == Domain.Visits.PlannedContactStatus.Open)
            .ToListAsync(cancellationToken);
        foreach (var plan in open)
        {
            plan.FollowCustomer(domainEvent.PreviousOwnerId, domainEvent.OwnerId);
        }
    }
}
