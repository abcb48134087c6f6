using SalesCrm.Domain.Contracts;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Customers;

/// <summary>CUS-2 with OWN-6: a signed contract adds to what the customer signed, makes it active and counts as contact.</summary>
public sealed class CustomerRecordsSigning : IHandles<ContractSigned>
{
    public async Task HandleAsync(ContractSigned domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var contract = await db.Contracts.RequireAsync(domainEvent.ContractId, cancellationToken);
        var customer = await db.Customers.RequireAsync(domainEvent.CustomerId, cancellationToken);
        customer.RecordSignedContract(contract.Terms.Total, domainEvent.SignedAt);
    }
}
