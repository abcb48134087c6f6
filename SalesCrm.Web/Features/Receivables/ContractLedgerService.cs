using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Localization;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// CON-5, the contract ledger (台账): per signed contract the user may read, its signing, execution, invoiced, collected
/// and outstanding amounts. The CSV export is for managers only and is itself audited (SEC-3).
/// </summary>
public sealed class ContractLedgerService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    CompanyCalendar calendar,
    ExportService exports,
    Texts texts,
    ILogger<ContractLedgerService> logger)
{
    /// <summary>SEC-3: one export carries at most this many contracts; a narrower filter gets the rest.</summary>
    public const int MaxExportRows = 50_000;

    public async Task<PagedResult<LedgerRow>> ListAsync(LedgerFilter filter, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Query(db, user, filter);
        var total = await query.CountAsync(cancellationToken);
        return new PagedResult<LedgerRow>(await RowsAsync(db, query.Skip(request.Skip).Take(request.Take), cancellationToken), total);
    }

    /// <summary>Whether the signed-in user may export the ledger (CON-5, SEC-3).</summary>
    public async Task<bool> CanExportAsync() => ContractAccess.CanExportLedger(await currentUser.RequireAsync());

    /// <summary>The regions and reps the user may filter by: those of the contracts they can read.</summary>
    public async Task<(IReadOnlyList<LedgerChoice> Regions, IReadOnlyList<LedgerChoice> Reps)> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contracts = db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).Where(c => c.SignedAt != null);
        var regions = await db.Regions.AsNoTracking().Where(r => contracts.Any(c => c.RegionId == r.Id)).OrderBy(r => r.Name)
            .Select(r => new LedgerChoice(r.Id, r.Name)).ToListAsync(cancellationToken);
        var reps = await db.Users.AsNoTracking().Where(u => contracts.Any(c => c.OwnerId == u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new LedgerChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return (regions, reps);
    }

    /// <summary>
    /// CON-5/SEC-3: the filtered ledger as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese), headers in the
    /// user's language. Only managers may export; the export is recorded (<see cref="ExportService"/>) with its filter and
    /// size. Amounts are numbers, so a spreadsheet sums them; every text cell is neutralised against formulas.
    /// </summary>
    public async Task<byte[]> ExportAsync(LedgerFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var user = await currentUser.RequireAsync();
        if (!ContractAccess.CanExportLedger(user))
        {
            logger.AccessDenied(user.Id, user.Role, "export", "the contract ledger");
            throw new AccessDeniedException("Only managers export the contract ledger.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await RowsAsync(db, Query(db, user, filter).Take(MaxExportRows), cancellationToken);
        IEnumerable<CsvCell>[] header =
        [[
            texts["ContractLedger.Contract"], texts["ContractLedger.Customer"], texts["ContractLedger.Rep"], texts["ContractLedger.Region"], texts["ContractLedger.SignedOn"], texts["ContractLedger.Status"],
            texts["ContractLedger.Currency"], texts["ContractLedger.Signed"], texts["ContractLedger.Invoiced"], texts["ContractLedger.Collected"], texts["ContractLedger.Outstanding"], texts["ContractLedger.DueDate"],
        ]];
        var lines = rows.Select(r => (IEnumerable<CsvCell>)
        [
            r.ContractNumber, r.Customer, r.Owner, r.Region, Date(r.SignedOn), texts[$"ContractLedger.Status.{r.Status}"], r.SignedAmount.Currency,
            Amount(r.SignedAmount), Amount(r.Invoiced), Amount(r.Collected), Amount(r.Outstanding), r.DueDate is { } due ? Date(due) : null,
        ]);
        var csv = CsvWriter.ToBytes(CsvWriter.Write(header.Concat(lines)));
        await exports.RecordAsync(user, ExportKind.ContractLedger, null, await DescribeAsync(db, filter, cancellationToken), rows.Count, cancellationToken);
        return csv;
    }

    private IQueryable<Contract> Query(CrmDbContext db, CurrentUser user, LedgerFilter filter)
    {
        var query = db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).Where(c => c.SignedAt != null);
        if (filter.RegionId is { } region)
        {
            query = query.Where(c => c.RegionId == region);
        }

        if (filter.OwnerId is { } owner)
        {
            query = query.Where(c => c.OwnerId == owner);
        }

        if (Text.Clean(filter.Customer) is { } name)
        {
            var pattern = LikePattern.Containing(name);
            query = query.Where(c => db.Customers.Any(k => k.Id == c.CustomerId && EF.Functions.Like(k.Name, pattern, LikePattern.Escape)));
        }

        if (filter.SignedFrom is { } from)
        {
            var start = calendar.StartOf(from);
            query = query.Where(c => c.SignedAt >= start);
        }

        if (filter.SignedTo is { } to)
        {
            var end = calendar.EndOf(to);
            query = query.Where(c => c.SignedAt < end);
        }

        return query.OrderByDescending(c => c.SignedAt).ThenBy(c => c.Id);
    }

    private async Task<IReadOnlyList<LedgerRow>> RowsAsync(CrmDbContext db, IQueryable<Contract> page, CancellationToken cancellationToken)
    {
        var contracts = await page.Select(c => new
        {
            c.Id,
            c.Number,
            c.SignedAt,
            c.Status,
            c.Terms,
            Customer = db.Customers.Where(k => k.Id == c.CustomerId).Select(k => k.Name).First(),
            Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
            Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
        }).ToListAsync(cancellationToken);
        var ids = contracts.Select(c => c.Id).ToList();
        var receivables = await db.Receivables.AsNoTracking().Where(r => ids.Contains(r.ContractId))
            .Select(r => new { r.ContractId, r.InvoicedAmount, r.CollectedAmount, r.DeductedAmount, r.TotalAmount, r.DueDate })
            .ToDictionaryAsync(r => r.ContractId, cancellationToken);
        return contracts.Select(c =>
        {
            var signed = c.Terms.Total;
            var currency = signed.Currency;
            // A contract signed before receivables existed has recorded nothing yet: all of it is outstanding.
            return receivables.TryGetValue(c.Id, out var r)
                ? new LedgerRow(c.Id, c.Number, c.Customer, c.Owner, c.Region, calendar.DayOf(c.SignedAt!.Value), c.Status, signed,
                    new Money(r.InvoicedAmount, currency), new Money(r.CollectedAmount, currency),
                    new Money(Math.Max(0m, r.TotalAmount - r.DeductedAmount - r.CollectedAmount), currency), r.DueDate)
                : new LedgerRow(c.Id, c.Number, c.Customer, c.Owner, c.Region, calendar.DayOf(c.SignedAt!.Value), c.Status, signed,
                    Money.Zero(currency), Money.Zero(currency), signed, null);
        }).ToList();
    }

    /// <summary>SEC-3: the part of the ledger taken, as its reader names it: region, rep, signing period, customer; empty for all of it.</summary>
    private static async Task<string> DescribeAsync(CrmDbContext db, LedgerFilter filter, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (filter.RegionId is { } regionId)
        {
            parts.Add(await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? regionId.ToString("D", CultureInfo.InvariantCulture));
        }

        if (filter.OwnerId is { } ownerId)
        {
            parts.Add(await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? ownerId.ToString("D", CultureInfo.InvariantCulture));
        }

        if (filter.SignedFrom is not null || filter.SignedTo is not null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{filter.SignedFrom:yyyy-MM-dd}..{filter.SignedTo:yyyy-MM-dd}"));
        }

        if (Text.Clean(filter.Customer) is { } customer)
        {
            parts.Add($"“{customer}”");
        }

        return string.Join(" · ", parts);
    }

    private static CsvCell Amount(Money money) => CsvCell.Number(money.Amount, "0.00");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
