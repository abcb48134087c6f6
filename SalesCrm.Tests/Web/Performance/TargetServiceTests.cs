using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Targets;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-1: the director sets the year and splits it into regions; a region's manager splits its share into quarters,
// months and reps; parts add up or nothing is saved.
public sealed class TargetServiceTests : IAsyncLifetime
{
    private static readonly Period Year = Period.OfYear(2026);

    private TestDatabase _database = null!;
    private Region _east = null!;
    private Region _south = null!;
    private CrmUser _director = null!;
    private CrmUser _eastManager = null!;
    private CrmUser _zhang = null!;
    private CrmUser _li = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _east = await organisation.RegionAsync("East");
        _south = await organisation.RegionAsync("South");
        _director = await organisation.UserAsync(CrmRole.MarketingDirector, _east);
        _eastManager = await organisation.AppointedManagerAsync(_east);
        _zhang = await organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _li = await organisation.UserAsync(CrmRole.AccountManager, _east, "李娜");
        await organisation.UserAsync(CrmRole.SalesRep, _south);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private TargetService Director => _database.SignIn(_director).Targets;

    private TargetService EastManager => _database.SignIn(_eastManager).Targets;

    [Fact]
    public async Task KPI1_RegionsThatDoNotAddUpToTheCompanyYear_AreRefusedWithTheDifference_AndNothingIsSaved()
    {
        Assert.Empty(await Director.SetAsync(TargetKind.SignedAmount, TargetCell.Company(Year), 20_000_000m));

        var errors = await Director.SplitAsync(TargetKind.SignedAmount, TargetCell.Company(Year),
            [new TargetPart(Region(_east, Year), 12_000_000m), new TargetPart(Region(_south, Year), 7_000_000m)]);

        var error = Assert.Single(errors);
        Assert.Equal(("Parts", "Target.PartsDoNotAddUp"), (error.Field, error.Code));
        Assert.Contains("1,000,000 less than the target of 20,000,000", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await TargetCountAsync());
    }

    [Fact]
    public async Task KPI1_TheDirectorsYearSplitByRegion_ThenTheManagersQuartersMonthsAndReps_RollUpToTheCompanyYear()
    {
        Assert.Empty(await Director.SetAsync(TargetKind.SignedAmount, TargetCell.Company(Year), 20_000_000m));
        Assert.Empty(await Director.SplitAsync(TargetKind.SignedAmount, TargetCell.Company(Year),
            [new TargetPart(Region(_east, Year), 12_000_000m), new TargetPart(Region(_south, Year), 8_000_000m)]));

        var quarters = TargetSplit.Evenly(12_000_000m, 4);
        Assert.Empty(await EastManager.SplitAsync(TargetKind.SignedAmount, Region(_east, Year),
            [.. Year.Parts.Select((q, i) => new TargetPart(Region(_east, q), quarters[i]))]));
        var q2 = Period.Quarter(2026, 2);
        var months = TargetSplit.Evenly(3_000_000m, 3);
        Assert.Empty(await EastManager.SplitAsync(TargetKind.SignedAmount, Region(_east, q2),
            [.. q2.Parts.Select((m, i) => new TargetPart(Region(_east, m), months[i]))]));
        var april = Period.Month(2026, 4);
        Assert.Empty(await EastManager.SplitAsync(TargetKind.SignedAmount, Region(_east, april),
            [new TargetPart(Person(_zhang, april), 600_000m), new TargetPart(Person(_li, april), 400_000m)]));

        var plan = await EastManager.PlanAsync(TargetKind.SignedAmount, 2026);
        Assert.Equal(["East"], plan.Regions.Select(r => r.Name));
        Assert.Equal((1_000_000m, 3_000_000m, 12_000_000m, 600_000m),
            (plan.RollUp.For(Region(_east, april)), plan.RollUp.For(Region(_east, q2)), plan.RollUp.For(Region(_east, Year)), plan.RollUp.For(Person(_zhang, april))));
        Assert.Equal(20_000_000m, (await Director.PlanAsync(TargetKind.SignedAmount, 2026)).RollUp.For(TargetCell.Company(Year)));
    }

    [Fact]
    public async Task KPI1_ASalesManager_MayNotSetTheirRegionsYear_NorSplitAnotherRegion_AndARepPlansNothing()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => EastManager.SetAsync(TargetKind.SignedAmount, Region(_east, Year), 1m));
        await Assert.ThrowsAsync<AccessDeniedException>(() => EastManager.SetAsync(TargetKind.SignedAmount, Region(_south, Period.Quarter(2026, 1)), 1m));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_zhang).Targets.PlanAsync(TargetKind.SignedAmount, 2026));
        Assert.Equal(0, await TargetCountAsync());
    }

    [Fact]
    public async Task KPI1_ANegativeOrFractionalCustomerTarget_IsRefusedOnItsPart_AndEveryChangeIsAudited()
    {
        var march = Period.Month(2026, 3);
        Assert.Empty(await EastManager.SetAsync(TargetKind.NewValidCustomers, Region(_east, march), 6m));

        var errors = await EastManager.SplitAsync(TargetKind.NewValidCustomers, Region(_east, march),
            [new TargetPart(Person(_zhang, march), -1m), new TargetPart(Person(_li, march), 2.5m)]);

        Assert.Equal([("Parts[0]", "Target.AmountNegative"), ("Parts[1]", "Target.WholeCustomers")], errors.Select(e => (e.Field, e.Code)));
        Assert.Empty(await EastManager.SetAsync(TargetKind.NewValidCustomers, Region(_east, march), 7m));
        await using var db = _database.CreateContext();
        Assert.Equal(["6", "7"], await db.AuditEntries.Where(a => a.EntityType == nameof(SalesTarget) && a.Field == nameof(SalesTarget.Amount))
            .OrderBy(a => a.At).Select(a => a.NewValue).ToListAsync());
    }

    private static TargetCell Region(Region region, Period period) => new(TargetScope.Region, region.Id, period);

    private static TargetCell Person(CrmUser person, Period period) => new(TargetScope.Person, person.Id, period);

    private async Task<int> TargetCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.SalesTargets.CountAsync();
    }
}
