using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Tiers;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2's shares of a period for the rows of a scorecard — people (by the owner, the account manager, the customer's
/// owner) or regions — each by one or two grouped queries, never by reading the records:
/// <list type="bullet">
/// <item>collection rate (default target 95%, 004): of what the receivables falling due in the period, up to today,
/// owe (their total less deductions), the share collected to date;</item>
/// <item>A-tier visit coverage (TIER-3): the A-tier customers with the on-site visits their quarter asks for, counted
/// from the quarter's start to the period's end (a year asks for four quarters' visits);</item>
/// <item>complaint first-response rate (SVC-3): of the complaints received in the period whose first response was
/// given or is past due, the share answered within the time; a complaint still within its time is not judged yet.</item>
/// </list>
/// </summary>
internal sealed class ScorecardRates(CrmDbContext db, CompanyCalendar calendar, PerformanceOptions settings, int visitsPerQuarter, TimeSpan firstResponseWithin)
{
    public async Task<IReadOnlyDictionary<Guid, RowRates>> CountAsync(Period period, bool byRegion, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var collection = await CollectionAsync(period, byRegion, ids, calendar.DayOf(now), cancellationToken);
        var coverage = await CoverageAsync(period, byRegion, ids, cancellationToken);
        var responses = await FirstResponsesAsync(period, byRegion, ids, now, cancellationToken);
        return ids.ToDictionary(id => id, id => new RowRates(
            collection.GetValueOrDefault(id) ?? RateFigure.Of(0m, 0m, settings.CollectionRateTarget),
            coverage.GetValueOrDefault(id) ?? RateFigure.Of(0m, 0m, settings.ATierCoverageTarget),
            responses.GetValueOrDefault(id) ?? RateFigure.Of(0m, 0m, settings.FirstResponseRateTarget)));
    }

    private async Task<Dictionary<Guid, RateFigure>> CollectionAsync(Period period, bool byRegion, IReadOnlyList<Guid> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = DueWindow(period, today);
        var due = db.Receivables.AsNoTracking().Where(r => r.DueDate >= from && r.DueDate < to);
        var grouped = byRegion
            ? due.Where(r => ids.Contains(r.RegionId)).GroupBy(r => r.RegionId)
            : due.Where(r => ids.Contains(r.OwnerId)).GroupBy(r => r.OwnerId);
        // What is collected beyond what is owed (an overpayment) does not make up for another customer's debt.
        var sums = await grouped.Select(g => new
        {
            g.Key,
            Owed = g.Sum(r => r.TotalAmount - r.DeductedAmount),
            Collected = g.Sum(r => r.CollectedAmount > r.TotalAmount - r.DeductedAmount ? r.TotalAmount - r.DeductedAmount : r.CollectedAmount),
        }).ToListAsync(cancellationToken);
        return sums.ToDictionary(s => s.Key, s => RateFigure.Of(s.Collected, s.Owed, settings.CollectionRateTarget));
    }

    private async Task<Dictionary<Guid, RateFigure>> CoverageAsync(Period period, bool byRegion, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var (start, required) = CoverageWindow(period, calendar, visitsPerQuarter);
        var end = calendar.EndOf(period);
        var counts = new Dictionary<Guid, (int All, int Covered)>();
        foreach (var part in ATier.ActiveParts)
        {
            var customers = db.Customers.AsNoTracking().Where(part);
            customers = byRegion ? customers.Where(c => ids.Contains(c.RegionId)) : customers.Where(c => ids.Contains(c.AccountManagerId!.Value));
            var counted = ComplianceService.WithVisits(db, customers, start, end);
            var grouped = byRegion
                ? counted.GroupBy(c => c.RegionId).Select(g => new KeyCounts(g.Key, g.Count(), g.Count(c => c.Visits >= required)))
                : counted.GroupBy(c => c.AccountManagerId!.Value).Select(g => new KeyCounts(g.Key, g.Count(), g.Count(c => c.Visits >= required)));
            foreach (var row in await grouped.ToListAsync(cancellationToken))
            {
                var (all, covered) = counts.GetValueOrDefault(row.Key);
                counts[row.Key] = (all + row.All, covered + row.Covered);
            }
        }

        return counts.ToDictionary(c => c.Key, c => RateFigure.Of(c.Value.Covered, c.Value.All, settings.ATierCoverageTarget));
    }

    private async Task<Dictionary<Guid, RateFigure>> FirstResponsesAsync(Period period, bool byRegion, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var judged = JudgedComplaints(db, calendar.StartOf(period), calendar.EndOf(period), now - firstResponseWithin);
        // Two instants per judged complaint: SQLite stores instants as ticks and cannot subtract them in SQL, and a
        // period's complaints are few next to its customers. A person answers for the complaints of their customers.
        var times = byRegion
            ? await judged.Where(r => ids.Contains(r.RegionId)).Select(r => new { Key = r.RegionId, r.ReceivedAt, r.FirstRespondedAt }).ToListAsync(cancellationToken)
            : await judged.Join(db.Customers.Where(c => ids.Contains(c.OwnerId)), r => r.CustomerId, c => (Guid?)c.Id, (r, c) => new { Key = c.OwnerId, r.ReceivedAt, r.FirstRespondedAt })
                .ToListAsync(cancellationToken);
        return times.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => RateFigure.Of(
            g.Count(t => t.FirstRespondedAt - t.ReceivedAt <= firstResponseWithin), g.Count(), settings.FirstResponseRateTarget));
    }

    /// <summary>The days whose due receivables count: the period's, up to today.</summary>
    public static (DateOnly From, DateOnly To) DueWindow(Period period, DateOnly today) =>
        (period.FirstDay, period.EndDay.DayNumber <= today.DayNumber ? period.EndDay : today.AddDays(1));

    /// <summary>Where coverage counts visits from (the quarter's start; a year's start) and how many it asks for.</summary>
    public static (DateTimeOffset Start, int Required) CoverageWindow(Period period, CompanyCalendar calendar, int visitsPerQuarter) =>
        period.Kind == PeriodKind.Year
            ? (calendar.StartOf(period), visitsPerQuarter * 4)
            : (calendar.StartOf(Period.Containing(PeriodKind.Quarter, period.FirstDay)), visitsPerQuarter);

    /// <summary>The complaints received in [start, end) whose first response was given or was due before <paramref name="cutoff"/>.</summary>
    public static IQueryable<ServiceRequest> JudgedComplaints(CrmDbContext db, DateTimeOffset start, DateTimeOffset end, DateTimeOffset cutoff) =>
        db.ServiceRequests.AsNoTracking().Where(r => r.Kind == ServiceRequestKind.Complaint && r.ReceivedAt >= start && r.ReceivedAt < end
            && (r.FirstRespondedAt != null || r.ReceivedAt < cutoff));

    private sealed record KeyCounts(Guid Key, int All, int Covered);
}

/// <summary>KPI-2: the shares of one scorecard row (<see cref="ScorecardRates"/>).</summary>
internal sealed record RowRates(RateFigure Collection, RateFigure ATierCoverage, RateFigure FirstResponse);
