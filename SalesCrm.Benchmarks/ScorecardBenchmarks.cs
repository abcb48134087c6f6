using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Perfolizer.Mathematics.OutlierDetection;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Calendar;
using SalesCrm.Web.Features.Performance;
using SalesCrm.Web.Features.Tiers;

namespace SalesCrm.Benchmarks;

/// <summary>
/// KPI-2 (issue 16 §8): the scorecard of a period through the real <see cref="PerformanceService"/> over
/// <see cref="ScorecardDatabase"/> (200,000 customers, 50,000 signed contracts and their receivables, 10,000 A-tier
/// customers and their visits, about 4,500 complaints): a region's sales manager's team for the current quarter, the
/// director's company view of it, and a rep's own month. The target is p95 ≤ 50 ms. Each iteration is one scorecard,
/// so the percentiles are those of single page loads.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PageLoadConfig))]
public class ScorecardBenchmarks
{
    private PerformanceService _asManager = default!;
    private PerformanceService _asDirector = default!;
    private PerformanceService _asRep = default!;
    private CrmUser _managerUser = default!;
    private CrmUser _directorUser = default!;
    private Period _quarter = default!;
    private Period _month = default!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var protector = new ContactProtector(ContactProtector.NewKey());
        var file = ScorecardDatabase.FileFor(Factory(Path.Combine(Path.GetTempPath(), "salescrm-scorecard.db"), protector));
        if (!File.Exists(file))
        {
            var building = $"{file}.{Guid.NewGuid():N}.building";
            await ScorecardDatabase.BuildAsync(Factory(building, protector), building, file);
        }

        var factory = Factory(file, protector);
        await using (var db = factory.CreateDbContext())
        {
            Console.WriteLine($"// {file}: {new FileInfo(file).Length / 1024.0 / 1024.0:N1} MB; " +
                $"{await db.Regions.CountAsync():N0} regions, {await db.Users.CountAsync():N0} users, {await db.Customers.CountAsync():N0} customers, " +
                $"{await db.OwnershipLedger.CountAsync():N0} ledger lines, {await db.Contracts.CountAsync():N0} contracts, " +
                $"{await db.SigningCredits.CountAsync():N0} signing credits ({await db.SigningCredits.CountAsync(c => c.VoidedAt != null):N0} voided, " +
                $"{await db.SigningCredits.CountAsync(c => c.VersionNumber > 1):N0} later versions), {await db.SalesTargets.CountAsync():N0} targets, " +
                $"{await db.Receivables.CountAsync():N0} receivables ({await db.Receivables.CountAsync(r => r.IsSettled):N0} settled), " +
                $"{await db.Customers.CountAsync(ATier.Active):N0} A-tier customers, {await db.ContactLogs.CountAsync(l => l.Kind == ContactKind.OnSiteVisit):N0} on-site visits, " +
                $"{await db.ContactLogs.CountAsync(l => l.Kind != ContactKind.OnSiteVisit):N0} other contact logs, {await db.ServiceRequests.CountAsync(r => r.Kind == ServiceRequestKind.Complaint):N0} complaints");
            var region = await db.Regions.AsNoTracking().OrderBy(r => r.Name).FirstAsync();
            var people = await db.Users.AsNoTracking().Where(u => u.RegionId == region.Id || u.Role == CrmRole.MarketingDirector).OrderBy(u => u.Email).ToListAsync();
            (_managerUser, _directorUser) = (people.First(u => u.Id == region.SalesManagerId), people.First(u => u.Role == CrmRole.MarketingDirector));
            _asManager = factory.PerformanceServiceFor(_managerUser);
            _asDirector = factory.PerformanceServiceFor(_directorUser);
            _asRep = factory.PerformanceServiceFor(people.First(u => u.Role == CrmRole.SalesRep));
        }

        var today = CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone).Today(TimeProvider.System);
        _quarter = Period.Containing(PeriodKind.Quarter, today);
        _month = Period.Containing(PeriodKind.Month, today);
        Expect(await RegionQuarterScorecard(), ScorecardDatabase.RepsPerRegion + ScorecardDatabase.AccountManagersPerRegion, withShares: true);
        Expect(await CompanyQuarterScorecard(), ScorecardDatabase.Regions, withShares: true);
        Expect(await RepMonthScorecard(), 1, withShares: false);
        await ProfileAsync(file, protector);
    }

    /// <summary>Prints what each query of the region's and the company's quarter costs (medians of 20 loads), to show where to look.</summary>
    private async Task ProfileAsync(string file, ContactProtector protector)
    {
        var profile = new CommandProfile();
        var factory = new BenchmarkDbFactory(
            new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={file}").AddInterceptors(profile).Options, protector);
        foreach (var (title, user) in new[] { ("Region quarter", _managerUser), ("Company quarter", _directorUser) })
        {
            var service = factory.PerformanceServiceFor(user);
            await service.ScorecardAsync(_quarter);
            var runs = new List<IReadOnlyList<(string, double)>>();
            profile.Recording = true;
            for (var i = 0; i < 20; i++)
            {
                await service.ScorecardAsync(_quarter);
                runs.Add(profile.TakeRun());
            }

            profile.Recording = false;
            CommandProfile.Print(title, runs);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();

    [Benchmark]
    public Task<Scorecard> RegionQuarterScorecard() => _asManager.ScorecardAsync(_quarter);

    [Benchmark]
    public Task<Scorecard> CompanyQuarterScorecard() => _asDirector.ScorecardAsync(_quarter);

    [Benchmark]
    public Task<Scorecard> RepMonthScorecard() => _asRep.ScorecardAsync(_month);

    private static BenchmarkDbFactory Factory(string file, ContactProtector protector) =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={file}").Options, protector);

    /// <summary>
    /// A wrong seed would make the numbers meaningless, so the setup refuses to measure it; a quarter's scorecard also
    /// needs receivables, A-tier customers and complaints to count, or its shares' queries would run over nothing.
    /// </summary>
    private static void Expect(Scorecard card, int rows, bool withShares)
    {
        var total = card.Total;
        Console.WriteLine($"// {card.View} {card.Period.Kind} {card.Period.Year}/{card.Period.Number}: {card.Rows.Count} rows, signed {total.SignedAmount.Actual:N0} " +
            $"of {total.SignedAmount.Target:N0}, {total.NewValidCustomers.Actual:N0} new valid customers, {total.LeadsRegistered:N0} first contacts; " +
            $"collected {Share(total.Collection)}, converted {Share(total.Conversion)}, A-tier covered {Share(total.ATierCoverage)}, complaints answered in time {Share(total.FirstResponse)}");
        var shares = new[] { total.Collection, total.Conversion, total.ATierCoverage, total.FirstResponse };
        if (card.Rows.Count != rows || total.LeadsRegistered == 0 || card.Trend.Sum(p => p.SignedAmount) == 0 || (withShares && shares.Any(s => s.Part == 0m || s.Part == s.Whole)))
        {
            throw new InvalidOperationException($"The {card.View} scorecard has {card.Rows.Count} rows (expected {rows}), no figures or a share with nothing or everything counted.");
        }

        static string Share(RateFigure rate) =>
            rate.Percent is { } percent ? string.Create(CultureInfo.InvariantCulture, $"{percent:0.0}% of {rate.Whole:N0}") : "nothing to count";
    }

    /// <summary>One scorecard per iteration, slow ones kept rather than dropped as outliers, so P95 is what a manager would feel.</summary>
    private sealed class PageLoadConfig : ManualConfig
    {
        public PageLoadConfig()
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
            AddJob(Job.Default.WithWarmupCount(5).WithIterationCount(100).WithInvocationCount(1).WithUnrollFactor(1).WithOutlierMode(OutlierMode.DontRemove));
        }
    }
}
