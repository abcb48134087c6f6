using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Receivables;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Contracts;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// AR-2: a month's receivables and collections — for the department head at the start of the next month, as a page and
/// a PDF — and the collectors' targets. The figures come from the receivables' histories: invoiced = invoices dated in
/// the month, collected = payments received in it, deducted = deductions and claims recorded in it; the balance is
/// invoiced − collected − deducted (credit notes only let money beyond the total be received, so they stay out of it).
/// Collection rate = collected ÷ (opening + invoiced). Aging is of what is still open, at the month's end.
/// </summary>
public sealed class MonthlyStatementService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    ExportService exports,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<ContractOptions> contracts,
    MonthlyStatementPdfRenderer renderer)
{
    public const string Department = "市场部 Marketing Department";

    /// <summary>The statement of <paramref name="month"/> (any day of it) as the user may see it; null when their role sees none.</summary>
    public async Task<MonthlyReceivablesStatementDocument?> StatementAsync(DateOnly month, CancellationToken cancellationToken = default) =>
        await StatementAsync(await currentUser.RequireAsync(), month, cancellationToken);

    /// <summary>The statement's PDF; SEC-3: every download is recorded as an export, naming the regions whose figures it carries.</summary>
    public async Task<byte[]?> PdfAsync(DateOnly month, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (await StatementAsync(user, month, cancellationToken) is not { } statement)
        {
            return null;
        }

        var pdf = renderer.Render(statement);
        var regions = statement.Regions.Count == 0 ? string.Empty : " · " + string.Join(", ", statement.Regions.Select(r => r.Region));
        await exports.RecordAsync(
            user, ExportKind.MonthlyStatement, null, string.Create(CultureInfo.InvariantCulture, $"{statement.Month:yyyy-MM}{regions}"), null, cancellationToken);
        return pdf;
    }

    private async Task<MonthlyReceivablesStatementDocument?> StatementAsync(CurrentUser user, DateOnly month, CancellationToken cancellationToken)
    {
        var scope = ReceivableAccess.StatementScope(user.Role);
        if (scope == AccessScope.None)
        {
            return null;
        }

        var from = new DateOnly(month.Year, month.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var region = user.RegionId;
        var receivables = await db.Receivables.AsNoTracking()
            .Where(r => scope == AccessScope.All || r.RegionId == region)
            .Where(r => r.SignedOn <= to)
            .ToListAsync(cancellationToken);
        var contractIds = receivables.Select(r => r.ContractId).ToList();
        var names = await Names(db, receivables, cancellationToken);
        var numbers = await db.Contracts.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        var collectorsByRegion = await db.Users.AsNoTracking().Where(Audiences.Collectors)
            .Select(u => new { u.RegionId, u.DisplayName }).ToListAsync(cancellationToken);
        var collectors = await TargetsAsync(db, user, from, cancellationToken);
        var open = receivables.Where(r => !r.IsSettled && r.Outstanding.Amount > 0).ToList();
        return new MonthlyReceivablesStatementDocument
        {
            Company = Issuer(),
            Department = Department,
            Month = from,
            GeneratedAt = calendar.InCompanyTime(time.GetUtcNow()),
            Currency = Money.DefaultCurrency,
            Totals = Figures(receivables, from, to),
            Regions = receivables.GroupBy(r => r.RegionId)
                .Select(g => new RegionReceivables(names.Regions.GetValueOrDefault(g.Key, "—"), Figures(g, from, to)))
                .OrderBy(r => r.Region, StringComparer.Ordinal).ToList(),
            Reps = receivables.GroupBy(r => (r.OwnerId, r.RegionId))
                .Select(g => new RepReceivables(names.People.GetValueOrDefault(g.Key.OwnerId, "—"), names.Regions.GetValueOrDefault(g.Key.RegionId, "—"), Figures(g, from, to)))
                .OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.Rep, StringComparer.Ordinal).ToList(),
            Aging = new AgingBuckets(
                Bucket(open, to, AgingBucket.Current), Bucket(open, to, AgingBucket.Days1To30), Bucket(open, to, AgingBucket.Days31To60),
                Bucket(open, to, AgingBucket.Days61To90), Bucket(open, to, AgingBucket.Over90)),
            Overdue = open.Where(r => r.DaysOverdue(to) > 0).OrderByDescending(r => r.DaysOverdue(to))
                .Select(r => new OverdueReceivable(
                    names.Customers.GetValueOrDefault(r.CustomerId, "—"), numbers.GetValueOrDefault(r.ContractId, "—"), names.People.GetValueOrDefault(r.OwnerId, "—"),
                    string.Join("、", collectorsByRegion.Where(c => c.RegionId == r.RegionId).Select(c => c.DisplayName)) is { Length: > 0 } who ? who : "—",
                    r.DueDate, r.DaysOverdue(to), r.Outstanding.Amount))
                .ToList(),
            Collectors = collectors.Select(c => new CollectorProgress(c.Collector, c.Target ?? 0, c.Collected)).ToList(),
        };
    }

    /// <summary>
    /// AR-2: from the first day of a month, each department head (an active marketing director) is told once that last
    /// month's statement is ready. Runs without a user (the receivables job); returns how many were told.
    /// </summary>
    public async Task<int> AnnounceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = calendar.DayOf(now);
        var subject = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var heads = await db.Users.AsNoTracking()
            .Where(Audiences.Directors)
            .Where(u => !db.Notifications.Any(n => n.RecipientId == u.Id && n.Kind == NotificationKind.MonthlyStatementReady && n.Subject == subject))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        if (heads.Count == 0)
        {
            return 0;
        }

        db.Notifications.AddRange(heads.Select(h => Notification.For(h, NotificationKind.MonthlyStatementReady, subject, null, "/receivables/monthly", now)));
        await db.SaveChangesAsync(cancellationToken);
        return heads.Count;
    }

    /// <summary>AR-2: each collector the user may see, with the month's target and what they collected in it.</summary>
    public async Task<IReadOnlyList<CollectorTargetRow>> TargetsAsync(DateOnly month, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await TargetsAsync(db, user, new DateOnly(month.Year, month.Month, 1), cancellationToken);
    }

    /// <summary>AR-2: sets (or replaces) a collector's target for the month.</summary>
    public async Task<IReadOnlyList<ValidationError>> SetTargetAsync(Guid collectorId, DateOnly month, decimal? amount, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var collector = await db.Users.AsNoTracking().Where(Audiences.Collectors).Where(u => u.Id == collectorId).Select(u => new { u.RegionId }).FirstOrDefaultAsync(cancellationToken);
        if (collector is null)
        {
            return [new ValidationError(string.Empty, "Target.NoSuchCollector", "This collector does not exist.")];
        }

        if (!ReceivableAccess.CanSetTargets(user, collector.RegionId))
        {
            throw new AccessDeniedException("Only the department head, administrators and the collector's sales manager set collection targets.");
        }

        if (amount is not { } value)
        {
            return [new ValidationError("Amount", "Target.AmountRequired", "Give the target amount.")];
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        try
        {
            var period = Period.Month(first.Year, first.Month);
            var target = await db.SalesTargets.Where(SalesTarget.In(TargetKind.Collections, TargetScope.Person, period))
                .FirstOrDefaultAsync(t => t.ScopeId == collectorId, cancellationToken);
            if (target is null)
            {
                db.SalesTargets.Add(SalesTarget.For(TargetKind.Collections, TargetScope.Person, collectorId, period, value, user.Id, time.GetUtcNow()));
            }
            else
            {
                target.Change(value, user.Id, time.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }
        catch (DomainException e)
        {
            return [new ValidationError("Amount", e.Code, e.Message)];
        }
        catch (DbUpdateException)
        {
            return [new ValidationError(string.Empty, "Target.ChangedMeanwhile", "Someone set this target a moment ago. Reload and try again.")];
        }
    }

    private static async Task<IReadOnlyList<CollectorTargetRow>> TargetsAsync(CrmDbContext db, CurrentUser user, DateOnly month, CancellationToken cancellationToken)
    {
        var scope = ReceivableAccess.StatementScope(user.Role);
        if (scope == AccessScope.None)
        {
            return [];
        }

        var region = user.RegionId;
        var collectors = await db.Users.AsNoTracking().Where(Audiences.Collectors)
            .Where(u => scope == AccessScope.All || u.RegionId == region)
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.RegionId, Region = db.Regions.Where(r => r.Id == u.RegionId).Select(r => r.Name).First() })
            .ToListAsync(cancellationToken);
        var ids = collectors.Select(c => c.Id).ToList();
        var targets = await db.SalesTargets.AsNoTracking()
            .Where(SalesTarget.In(TargetKind.Collections, TargetScope.Person, Period.Month(month.Year, month.Month)))
            .Where(t => ids.Contains(t.ScopeId))
            .ToDictionaryAsync(t => t.ScopeId, t => t.Amount, cancellationToken);
        var to = month.AddMonths(1).AddDays(-1);

        // The payments each collector recorded with a received date in the month; histories are JSON, so summed here.
        var histories = await db.Receivables.AsNoTracking().Where(r => r.SignedOn <= to).Select(r => r.Entries).ToListAsync(cancellationToken);
        var collected = histories.SelectMany(e => e)
            .Where(e => e.Kind == ReceivableEntryKind.Payment && e.On >= month && e.On <= to && ids.Contains(e.ById))
            .GroupBy(e => e.ById).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        return collectors.Select(c => new CollectorTargetRow(
            c.Id, c.DisplayName, c.Region, targets.TryGetValue(c.Id, out var target) ? target : null, collected.GetValueOrDefault(c.Id),
            ReceivableAccess.CanSetTargets(user, c.RegionId))).ToList();
    }

    private ReceivablesFigures Figures(IEnumerable<Receivable> receivables, DateOnly from, DateOnly to)
    {
        decimal opening = 0, invoiced = 0, collected = 0, deducted = 0;
        foreach (var entry in receivables.SelectMany(r => r.Entries))
        {
            var day = entry.Kind == ReceivableEntryKind.Payment && entry.On is { } paidOn ? paidOn : calendar.DayOf(entry.At);
            var sign = entry.Kind switch
            {
                ReceivableEntryKind.Invoice => 1,
                ReceivableEntryKind.Payment or ReceivableEntryKind.Deduction or ReceivableEntryKind.Claim => -1,
                _ => 0,
            };
            if (sign == 0 || day > to)
            {
                continue;
            }

            if (day < from)
            {
                opening += sign * entry.Amount;
            }
            else if (entry.Kind == ReceivableEntryKind.Invoice)
            {
                invoiced += entry.Amount;
            }
            else if (entry.Kind == ReceivableEntryKind.Payment)
            {
                collected += entry.Amount;
            }
            else
            {
                deducted += entry.Amount;
            }
        }

        var due = opening + invoiced;
        return new ReceivablesFigures(opening, invoiced, collected, deducted, due > 0 ? decimal.Round(collected / due * 100, 1, MidpointRounding.AwayFromZero) : 0);
    }

    private static decimal Bucket(IEnumerable<Receivable> open, DateOnly at, AgingBucket bucket) =>
        open.Where(r => r.AgingOn(at) == bucket).Sum(r => r.Outstanding.Amount);

    private StatementParty Issuer()
    {
        var company = contracts.Value.Company;
        return new StatementParty(company.Name, company.Address, company.Uscc, company.Contact);
    }

    private static async Task<(Dictionary<Guid, string> Regions, Dictionary<Guid, string> People, Dictionary<Guid, string> Customers)> Names(
        CrmDbContext db, IReadOnlyCollection<Receivable> receivables, CancellationToken cancellationToken)
    {
        var owners = receivables.Select(r => r.OwnerId).Distinct().ToList();
        var customers = receivables.Select(r => r.CustomerId).Distinct().ToList();
        return (
            await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken),
            await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken),
            await db.Customers.AsNoTracking().Where(c => customers.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken));
    }
}
