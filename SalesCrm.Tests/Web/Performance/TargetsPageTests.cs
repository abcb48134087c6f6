using Bunit;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Targets;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-1: the targets page as the director and a region's sales manager use it.
public sealed class TargetsPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Region _east = null!;
    private CrmUser _director = null!;
    private CrmUser _manager = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _east = await organisation.RegionAsync("East");
        await organisation.RegionAsync("South");
        _director = await organisation.UserAsync(CrmRole.MarketingDirector, _east);
        _manager = await organisation.AppointedManagerAsync(_east);
        await organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task KPI1_TheDirectorSetsTheCompanyYear_SplitsItEvenlyIntoRegions_AndTheRegionsYearIsThenSplitIntoQuarters()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_director);
        var page = context.RenderHosted<TargetsPage>();
        page.WaitForElement("[data-testid=targets-company-amount]");

        page.Find("input[data-testid=targets-company-amount]").Change("12000000");
        page.Find("[data-testid=targets-company-save]").Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=split-regions] [data-testid=split-row]").Count));
        page.Find("[data-testid=split-regions] [data-testid=split-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("6,000,000", page.Find("[data-testid=split-quarters] [data-testid=split-parent]").TextContent, StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.Equal([6_000_000m, 6_000_000m, 12_000_000m], db.SalesTargets.Select(t => t.Amount).AsEnumerable().Order());
    }

    [Fact]
    public async Task KPI1_AManagersQuartersThatDoNotAddUp_ShowTheDifference_AndCannotBeSaved()
    {
        Assert.Empty(await _database.SignIn(_director).Targets.SetAsync(TargetKind.SignedAmount, new TargetCell(TargetScope.Region, _east.Id, Period.OfYear(2026)), 4_000_000m));
        await using var context = new CrmTestContext(_database);
        context.SignIn(_manager);
        var page = context.RenderHosted<TargetsPage>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=split-quarters] input[data-testid=split-amount]").Count));
        Assert.Empty(page.FindAll("[data-testid=targets-company]"));

        page.FindAll("[data-testid=split-quarters] .mud-toggle-item")[2].Click();
        page.FindAll("[data-testid=split-quarters] input[data-testid=split-amount]")[0].Input("1100000");

        page.WaitForAssertion(() => Assert.Contains("100,000", page.Find("[data-testid=split-quarters] [data-testid=split-difference]").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("[data-testid=split-quarters] [data-testid=split-save]").HasAttribute("disabled"));
        Assert.Equal("1,100,000", page.FindAll("[data-testid=split-quarters] input[data-testid=split-amount]")[0].GetAttribute("value"));
    }
}
