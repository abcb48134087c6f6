using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Receivables;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// AR-1: a signed contract opens its receivable in the signing's own save, with the due date the contract fixes. A
/// signed new version takes over the previous version's account rather than opening a second one (CON-3); the dates
/// already fixed stay (<see cref="Receivable.CarryTo"/>). A unique index keeps one receivable per contract.
/// </summary>
public sealed class ReceivableOpensAtSigning(TimeProvider time, CompanyCalendar calendar, ILogger<ReceivableOpensAtSigning> logger) : IHandles<ContractSigned>
{
    public async Task HandleAsync(ContractSigned domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var contract = await db.Contracts.RequireAsync(domainEvent.ContractId, cancellationToken);
        if (contract.PreviousVersionId is { } previous && await db.Receivables.FirstOrDefaultAsync(r => r.ContractId == previous, cancellationToken) is { } carried)
        {
            carried.CarryTo(contract, time.GetUtcNow(), calendar);
            logger.ReceivableOpened(contract.Id, carried.DueDate);
            return;
        }

        var receivable = Receivable.OpenFor(contract, time.GetUtcNow(), calendar);
        db.Receivables.Add(receivable);
        logger.ReceivableOpened(contract.Id, receivable.DueDate);
    }
}
