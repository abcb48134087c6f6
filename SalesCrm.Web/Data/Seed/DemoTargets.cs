using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// KPI-1 demo: this year's signed-amount targets as the director and the managers would have set them — the company's
/// year split into the regions (East 12 million, the others 8 million), each region's year evenly into quarters, this
/// quarter into months and this month into the region's people; and new valid customers per region and quarter. The
/// targets page then shows a whole plan, and the performance pages have targets to measure against.
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
        await db.SaveChangesAsync(cancellationToken);
        return targets.Count;
    }
}
