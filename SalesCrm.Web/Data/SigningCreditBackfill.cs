using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Data;

/// <summary>
/// KPI-2 for a database from before the performance figures: credits every contract signed until then as
/// <c>SigningCreditsFollowContracts</c> would have at its signing (version by version, terminated numbers voided), and
/// marks each customer's first signing; once, in one transaction. Contracts are read a few hundred numbers at a time.
/// </summary>
internal sealed class SigningCreditBackfill(CrmDbContext db, CompanyCalendar calendar, TimeProvider time, ILogger<SigningCreditBackfill> logger)
{
    public const string Id = "KPI-2: signing credits of earlier signings";

    private const int NumbersPerBatch = 500;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (await db.DataUpgrades.AnyAsync(u => u.Id == Id, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Numbers already credited (signed through the app before this ran, as in a database a test built) keep theirs.
        var numbers = await db.Contracts.Where(c => c.SignedAt != null && !db.SigningCredits.Any(k => k.ContractNumber == c.Number))
            .Select(c => c.Number).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var batch in numbers.Chunk(NumbersPerBatch))
        {
            var versions = await db.Contracts.AsNoTracking().Where(c => c.SignedAt != null && batch.Contains(c.Number)).ToListAsync(cancellationToken);
            foreach (var contract in versions.GroupBy(c => c.Number))
            {
                db.SigningCredits.AddRange(Credits(contract.OrderBy(c => c.VersionNumber).ToList(), now));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var credits = await db.SigningCredits.ToListAsync(cancellationToken);
        foreach (var customer in credits.GroupBy(c => c.CustomerId))
        {
            SigningCredit.MarkFirst(customer);
        }

        db.DataUpgrades.Add(new DataUpgrade { Id = Id, AppliedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.SigningsCredited(credits.Count, numbers.Count);
    }

    private List<SigningCredit> Credits(IReadOnlyList<Contract> versions, DateTimeOffset now)
    {
        var credits = new List<SigningCredit>();
        foreach (var version in versions)
        {
            if (SigningCredit.For(version, credits.Sum(c => c.Amount), calendar) is { } credit)
            {
                credits.Add(credit);
            }
        }

        if (versions[^1].Status == ContractStatus.Terminated)
        {
            credits.ForEach(c => c.Void(now));
        }

        return credits;
    }
}
