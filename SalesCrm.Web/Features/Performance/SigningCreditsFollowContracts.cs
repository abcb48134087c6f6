using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2: the signed-amount figures follow the contracts in the save that signs or terminates them. A signing credits
/// the owner and region of that moment with what the version adds to what its number already counts; a termination
/// voids the number's credits; either way the customer's first counted signing (a new valid customer) is marked again.
/// </summary>
public sealed class SigningCreditsFollowContracts(CompanyCalendar calendar, TimeProvider time) : IHandles<ContractSigned>, IHandles<ContractEnded>
{
    public async Task HandleAsync(ContractSigned domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var contract = await db.Contracts.RequireAsync(domainEvent.ContractId, cancellationToken);
        var credited = (await CreditsOfNumberAsync(db, contract.Number, cancellationToken)).Where(c => c.IsCounted).Sum(c => c.Amount);
        if (SigningCredit.For(contract, credited, calendar) is { } credit)
        {
            db.SigningCredits.Add(credit);
        }

        await MarkFirstAsync(db, contract.CustomerId, cancellationToken);
    }

    public async Task HandleAsync(ContractEnded domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        if (domainEvent.Status != ContractStatus.Terminated)
        {
            return;
        }

        var contract = await db.Contracts.RequireAsync(domainEvent.ContractId, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var credit in await CreditsOfNumberAsync(db, contract.Number, cancellationToken))
        {
            credit.Void(now);
        }

        await MarkFirstAsync(db, contract.CustomerId, cancellationToken);
    }

    // Tracked on purpose, with what this save has added: a version signed a moment ago counts as it stands in memory.
    private static async Task<IReadOnlyList<SigningCredit>> CreditsOfNumberAsync(CrmDbContext db, string number, CancellationToken cancellationToken)
    {
        var stored = await db.SigningCredits.Where(c => c.ContractNumber == number).ToListAsync(cancellationToken);
        return [.. stored.Concat(db.SigningCredits.Local.Where(c => c.ContractNumber == number)).Distinct()];
    }

    private static async Task MarkFirstAsync(CrmDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var stored = await db.SigningCredits.Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken);
        SigningCredit.MarkFirst(stored.Concat(db.SigningCredits.Local.Where(c => c.CustomerId == customerId)).Distinct());
    }
}
