using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// KPI-1 demo: this year's signed-amount targets as the director and the managers would have set them — the company's
/// year split into the regions (East 12 million, the others 8 million), each region's year evenly into quarters, this
/// quarter into months and this month into the region's people; and new valid customers per region and quarter. The
/// targets page then shows a whole plan, and the performance pages have targets to measure against; and the first
/// region's talks, an improvement plan and a verified month (<see cref="SeedReviewsAsync"/>).
/// </summary>
internal static class DemoTargets
{
    public static async Task<int> SeedAsync(CrmDbContext db, DateTimeOffset now, CompanyCalendar calendar, CancellationToken cancellationToken)
    {
        var director = await db.Users.Where(Audiences.Directors).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var regions = await db.Regions.OrderBy(r => r.Name).Select(r => r.Id).ToListAsync(cancellationToken);
        if (director is not { } by || regions.Count == 0)
        {
            return 0;
        }

        var people = await db.Users.Where(Audiences.TargetCarriers).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.RegionId }).ToListAsync(cancellationToken);
        var today = calendar.DayOf(now);
        var year = Period.OfYear(today.Year);
        var quarter = Period.Containing(PeriodKind.Quarter, today);
        var month = Period.Containing(PeriodKind.Month, today);
        var targets = new List<SalesTarget>();
        void Add(TargetKind kind, TargetScope scope, Guid id, Period period, decimal amount) => targets.Add(SalesTarget.For(kind, scope, id, period, amount, by, now));
        void Split(TargetKind kind, TargetScope scope, IReadOnlyList<Guid> ids, Period period, decimal total)
        {
            var parts = TargetSplit.Evenly(total, ids.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                Add(kind, scope, ids[i], period, parts[i]);
            }
        }

        var regionYears = regions.Select((r, i) => i == 0 ? 12_000_000m : 8_000_000m).ToList();
        Add(TargetKind.SignedAmount, TargetScope.Company, Guid.Empty, year, regionYears.Sum());
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            Add(TargetKind.SignedAmount, TargetScope.Region, region, year, regionYears[i]);
            var quarters = TargetSplit.Evenly(regionYears[i], 4);
            foreach (var (q, amount) in year.Parts.Zip(quarters))
            {
                Add(TargetKind.SignedAmount, TargetScope.Region, region, q, amount);
            }

            var months = TargetSplit.Evenly(quarters[quarter.Number - 1], 3);
            foreach (var (m, amount) in quarter.Parts.Zip(months))
            {
                Add(TargetKind.SignedAmount, TargetScope.Region, region, m, amount);
            }

            var inRegion = people.Where(p => p.RegionId == region).Select(p => p.Id).ToList();
            if (inRegion.Count > 0)
            {
                Split(TargetKind.SignedAmount, TargetScope.Person, inRegion, month, months[month.Number - quarter.FirstDay.Month]);
            }

            Add(TargetKind.NewValidCustomers, TargetScope.Region, region, quarter, 10);
        }

        db.SalesTargets.AddRange(targets);
        await SeedReviewsAsync(db, regions[0], month, now, calendar, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return targets.Count;
    }

    /// <summary>
    /// KPI-1/KPI-2 demo in the first region: this month's talk with each of its people (the first acknowledged), an
    /// improvement plan waiting for the manager from the last of them for the quarter before, and last month verified by
    /// finance from the signings credited then.
    /// </summary>
    private static async Task SeedReviewsAsync(CrmDbContext db, Guid region, Period month, DateTimeOffset now, CompanyCalendar calendar, CancellationToken cancellationToken)
    {
        var manager = await db.Users.Where(u => u.RegionId == region && u.Role == Domain.Organisation.CrmRole.SalesManager).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var collector = await db.Users.Where(Audiences.Collectors).Where(u => u.RegionId == region).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Users.Where(Audiences.Directors).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var people = await db.Users.Where(Audiences.TargetCarriers).Where(u => u.RegionId == region).OrderBy(u => u.DisplayName).Select(u => u.Id).ToListAsync(cancellationToken);
        if (manager is not { } by || people.Count == 0)
        {
            return;
        }

        var heldOn = month.FirstDay < calendar.DayOf(now) ? month.FirstDay : calendar.DayOf(now);
        for (var i = 0; i < people.Count; i++)
        {
            var talk = TargetTalk.Record(people[i], region, month, heldOn, 300_000m + (100_000m * i), "本月重点：跟进在谈商机，新增三家有效客户。This month: close the deals in negotiation, three new valid customers.", by, now, calendar);
            if (i == 0)
            {
                talk.Acknowledge(people[i], now);
            }

            db.TargetTalks.Add(talk);
        }

        db.ImprovementPlans.Add(ImprovementPlan.Submit(people[^1], region, Period.Containing(PeriodKind.Quarter, month.FirstDay).Previous,
            "上季度新客户开发不足，拜访量偏低。Too few new customers last quarter; too few visits.",
            [new ImprovementStep("每周至少拜访两家A级客户 Visit at least two A-tier customers a week", month.EndDay.AddDays(-1)),
             new ImprovementStep("每天登记五家目标企业 Register five target companies a day", month.EndDay.AddDays(-1))], now));

        if (collector is { } finance)
        {
            var last = month.Previous;
            var signed = await db.SigningCredits.Where(c => c.VoidedAt == null && c.RegionId == region && c.SignedOn >= last.FirstDay && c.SignedOn < last.EndDay)
                .GroupBy(c => c.RepId).Select(g => new { g.Key, Amount = g.Sum(c => c.Amount), New = g.Count(c => c.FirstForCustomer) }).ToListAsync(cancellationToken);
            var (start, end) = (calendar.StartOf(last), calendar.EndOf(last));
            var leads = await db.OwnershipLedger.Where(r => r.Change == Domain.Ownership.OwnershipChange.FirstContact && r.At >= start && r.At < end)
                .GroupBy(r => r.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            db.MonthVerifications.Add(MonthVerification.Verify(region, last, people.Select(p => signed.FirstOrDefault(s => s.Key == p) is { } s
                ? new VerifiedFigures(p, s.Amount, s.New, leads.GetValueOrDefault(p))
                : new VerifiedFigures(p, 0m, 0, leads.GetValueOrDefault(p))), finance, now, calendar));
        }
    }
}
