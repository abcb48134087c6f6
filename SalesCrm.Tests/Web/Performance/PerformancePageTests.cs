using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-2/KPI-3 on the page. The scenario's clock stands at 2 March 2026: a rep opens on March, a manager and the director
// on Q1. The rep 张伟 signs 1,280,000 in East, where 王芳 signs nothing; South has a rep and nothing signed.
public sealed class PerformancePageTests : IAsyncLifetime
{
    private ContractScenario _s = null!;
    private CrmUser _director = null!;

    public async Task InitializeAsync()
    {
        _s = await ContractScenario.CreateAsync();
        _director = await _s.Organisation.UserAsync(CrmRole.MarketingDirector, _s.East);
        await _s.Organisation.UserAsync(CrmRole.SalesRep, _s.East, "王芳");
        await _s.Organisation.UserAsync(CrmRole.SalesRep, await _s.Organisation.RegionAsync("South"), "赵强");
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task KPI2_ARepAfterSigning_SeesMyPerformanceForTheMonth_TheSignedAmountAgainstTheDefaultTarget_AndNoTable()
    {
        await _s.SignedContractAsync();
        await using var context = Context(_s.Rep);

        var page = context.RenderHosted<PerformancePage>();

        page.WaitForAssertion(() => Assert.Equal("CNY 1,280,000", Text(page, "perf-signed-value")));
        Assert.Equal(("My performance", "March 2026", "384%"), (Text(page, "perf-title"), Text(page, "perf-period"), Text(page, "perf-attainment")));
        Assert.Contains("of CNY 333,333 target", Text(page, "perf-signed"), StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=perf-signed] [data-testid=perf-default]"));
        Assert.Equal("1", Text(page, "perf-new-customers-value"));
        Assert.Single(page.FindAll("[data-testid=perf-chart]"));
        Assert.Empty(page.FindAll("[data-testid=perf-rows]"));
    }

    [Fact]
    public async Task KPI2_TheSharesShowBesideTheFigures_AndAFiguresRecordsOpenFromItsCard()
    {
        await _s.SignedContractAsync();
        await using var context = Context(_s.Rep);
        var page = context.RenderHosted<PerformancePage>();
        page.WaitForAssertion(() => Assert.Equal("100%", Text(page, "perf-conversion-value")));

        Assert.Equal(("—", "Nothing fell due yet"), (Text(page, "perf-collection-value"), page.Find("[data-testid=perf-collection] .muted").TextContent.Trim()));
        Assert.Contains("1 of 1 first contacts signed", Text(page, "perf-conversion"), StringComparison.Ordinal);
        await page.ClickOn("[data-testid=perf-signed-records]");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=figure-records-table] tbody tr")));
        var link = page.Find("[data-testid=figure-records-table] tbody tr a");
        Assert.Equal("/contracts/", link.GetAttribute("href")![..11]);
        Assert.Equal("1,280,000", Text(page, "figure-record-amount"));
    }

    [Fact]
    public async Task KPI2_TheAddressNamesThePeriod_APeriodChosenIsKeptInIt_AndALinkOpensThere()
    {
        await _s.SignedContractAsync();
        await using var context = Context(_s.Rep);
        var navigation = context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        var page = context.RenderHosted<PerformancePage>();
        page.WaitForAssertion(() => Assert.Equal("March 2026", Text(page, "perf-period")));

        await page.ClickOn("[data-testid=perf-prev]");
        page.WaitForAssertion(() => Assert.EndsWith("/performance?kind=Month&year=2026&number=2", navigation.Uri, StringComparison.Ordinal));
        await using var linked = Context(_s.Rep);
        linked.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/performance?kind=Quarter&year=2026&number=1");
        var opened = linked.RenderHosted<PerformancePage>();

        opened.WaitForAssertion(() => Assert.Equal(("Q1 2026", "CNY 1,280,000"), (Text(opened, "perf-period"), Text(opened, "perf-signed-value"))));
    }

    [Fact]
    public async Task KPI2_MovingToThePreviousPeriod_ChangesTheLabelAndTheFigures_AndNextComesBack()
    {
        await _s.SignedContractAsync();
        await using var context = Context(_s.Rep);
        var page = context.RenderHosted<PerformancePage>();
        page.WaitForAssertion(() => Assert.Equal("CNY 1,280,000", Text(page, "perf-signed-value")));

        await page.ClickOn("[data-testid=perf-prev]");

        page.WaitForAssertion(() => Assert.Equal(("February 2026", "CNY 0", "0%"), (Text(page, "perf-period"), Text(page, "perf-signed-value"), Text(page, "perf-attainment"))));
        await page.ClickOn("[data-testid=perf-next]");
        page.WaitForAssertion(() => Assert.Equal(("March 2026", "CNY 1,280,000"), (Text(page, "perf-period"), Text(page, "perf-signed-value"))));
    }

    [Fact]
    public async Task KPI3_TheEastManager_SeesTheTeamsQuarter_EachRepRanked_WithTheirGrade()
    {
        await _s.SignedContractAsync();
        await using var context = Context(_s.Manager);

        var page = context.RenderHosted<PerformancePage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=perf-row]").Count));
        Assert.Equal(("Team performance — East", "Q1 2026"), (Text(page, "perf-title"), Text(page, "perf-period")));
        Assert.Equal([("1", "张伟", "1,280,000", "Excellent"), ("2", "王芳", "0", "Fail")], Rows(page).Select(r => (r[0], r[1], r[2], r[^1])));
        Assert.Equal("CNY 1,280,000", Text(page, "perf-signed-value"));
        Assert.Empty(page.FindAll("[data-testid=perf-region]"));
    }

    [Fact]
    public async Task KPI2_TheDirector_SeesTheCompanysRegions_AndClickingARegionOpensItsTeam()
    {
        await _s.SignedContractAsync();
        await using var context = Context(_director);
        var page = context.RenderHosted<PerformancePage>();
        page.WaitForAssertion(() => Assert.Equal("Company performance", Text(page, "perf-title")));
        Assert.Equal([("East", "1,280,000"), ("South", "0")], Rows(page).Select(r => (r[1], r[2])));
        Assert.Single(page.FindAll("[data-testid=perf-region]"));

        await page.InvokeAsync(() => page.FindAll("[data-testid=perf-open-region]").Single(b => b.TextContent.Trim() == "East").Click());

        page.WaitForAssertion(() => Assert.Equal("Team performance — East", Text(page, "perf-title")));
        Assert.Equal(["张伟", "王芳"], Rows(page).Select(r => r[1]));
        Assert.Empty(page.FindAll("[data-testid=perf-open-region]"));
    }

    [Fact]
    public async Task KPI1_AManagerOfARegionWhereNoOneCarriesATarget_SeesTheEmptyState()
    {
        var west = await _s.Organisation.RegionAsync("West");
        await using var context = Context(await _s.Organisation.AppointedManagerAsync(west, "陈静"));

        var page = context.RenderHosted<PerformancePage>();

        page.WaitForAssertion(() => Assert.Equal("No one in this region carries a sales target yet.", Text(page, "perf-empty")));
        Assert.Empty(page.FindAll("[data-testid=perf-signed]"));
    }

    [Fact]
    public async Task KPI2_FinanceVerifiesLastMonthAfterConfirming_AndTheManagerThenSeesWhoVerifiedIt()
    {
        await _s.SignedContractAsync();
        var collector = await _s.Organisation.UserAsync(CrmRole.Collector, _s.East, "钱会计");
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero));
        await using var context = Context(collector);
        var page = context.RenderHosted<PerformancePage>();
        page.WaitForElement("[data-testid=perf-kind]");
        page.FindAll("[data-testid=perf-kind] .mud-toggle-item")[0].Click();
        page.WaitForAssertion(() => Assert.Equal("April 2026", Text(page, "perf-period")));
        await page.ClickOn("[data-testid=perf-prev]");

        await page.ClickOn("[data-testid=perf-verify]");
        page.WaitForElement(".mud-dialog");
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Verify month").Click();

        page.WaitForAssertion(() => Assert.Contains("verified by 钱会计", Text(page, "perf-verified"), StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=perf-verify]"));
        await using var db = _s.Database.CreateContext();
        Assert.Equal((2026, 3), await db.MonthVerifications.Select(v => new ValueTuple<int, int>(v.Year, v.Month)).SingleAsync());
    }

    private CrmTestContext Context(CrmUser user)
    {
        var context = new CrmTestContext(_s.Database);
        context.SignIn(user);
        return context;
    }

    private static string Text(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string testId) =>
        page.Find($"[data-testid={testId}]").TextContent.Trim();

    private static List<string[]> Rows(IRenderedComponent<Bunit.Rendering.ContainerFragment> page) =>
        [.. page.FindAll("[data-testid=perf-row]").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
}
