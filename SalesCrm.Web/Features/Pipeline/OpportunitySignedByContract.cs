using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>
/// PIPE-1 with CON-3: signing the first version of an opportunity's contract is what signs the opportunity, with the
/// total, delivery date and payment method the contract fixes. Nothing else moves an opportunity to "Signed".
/// </summary>
public sealed class OpportunitySignedByContract(CompanyCalendar calendar) : IHandles<ContractSigned>
{
    public async Task HandleAsync(ContractSigned domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var contract = await db.Contracts.RequireAsync(domainEvent.ContractId, cancellationToken);
        if (contract.OpportunityId is not { } opportunityId || contract.VersionNumber != 1)
        {
            return;
        }

        var opportunity = await db.Opportunities.RequireAsync(opportunityId, cancellationToken);
        opportunity.SignWithContract(contract.Terms.Total, contract.Terms.DeliveryDate!.Value, contract.Terms.PaymentMethod!.Value, domainEvent.SignedAt, calendar);
    }
}
