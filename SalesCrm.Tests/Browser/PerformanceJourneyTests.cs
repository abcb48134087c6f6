using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesCrm.Domain.Common;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class PerformanceJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // Issue 16's journey: the director sets the company's year and splits it into the regions by hand, the parts adding
    // up before they save; East's manager splits East's year evenly into quarters, this quarter evenly into months and
    // this month by weights into the reps, and the roll-up shows them with nothing left over (KPI-1). A rep of East sees
    // this month's signed amount against that target, signs a contract (the demo's draft waiting for the manager's price
    // approval, then legal) and the signed amount and attainment grow by its amount (KPI-2). Finance verifies a past month
    // of East that is not verified yet (KPI-2). The manager's quarter ranks the team with grades (KPI-3) and the team
    // reward lists the contract, its customer's first (KPI-4). Periods are the company's today (CAL-1), whatever the date.
    [Fact]
    public Task DirectorSetsTheYear_ManagerSplitsItIntoMonthsAndReps_RepSignsAndAttainmentGrows_FinanceVerifiesAPastMonth_ManagerSeesGradesAndTeamReward() => JourneyAsync(async pages =>
    {
        var today = App.Services.GetRequiredService<CompanyCalendar>().Today(App.Services.GetRequiredService<TimeProvider>());
        var (year, quarter, month) = (Period.OfYear(today.Year), Period.Containing(PeriodKind.Quarter, today), Period.Containing(PeriodKind.Month, today));
        var repName = NameOf("rep.east@demo.salescrm");

        // KPI-1: the director sets the company's year and splits it by hand; the difference shows until the parts add up.
        var director = await SignInAsync("director@demo.salescrm");
        pages.Add(director);
        await GoAsync(director, "/performance/targets");
        await Expect(director.GetByTestId("targets-year")).ToHaveTextAsync(year.ToString());
        var companyYear = Field(director, "targets-company-amount");
        await companyYear.FillAsync("26400000");
        await companyYear.BlurAsync();
        await Expect(companyYear).ToHaveValueAsync("26,400,000");
        await director.GetByTestId("targets-company-save").ClickAsync();
        var regions = director.GetByTestId("split-regions");
        await Expect(regions.GetByTestId("split-parent")).ToHaveTextAsync("Splitting CNY 26,400,000");
        await Amount(regions, DemoOrganisation.East).FillAsync("15600000");
        await Expect(regions.GetByTestId("split-difference")).ToContainTextAsync("CNY 2,800,000 less");
        await Expect(regions.GetByTestId("split-save")).ToBeDisabledAsync();
        await Amount(regions, DemoOrganisation.South).FillAsync("10800000");
        await Expect(regions.GetByTestId("split-adds-up")).ToBeVisibleAsync();
        await regions.GetByTestId("split-save").ClickAsync();
        await Expect(director.GetByTestId("rollup-region").GetByTestId($"rollup-{year}")).ToContainTextAsync("CNY 15,600,000");

        // KPI-1: East's manager splits East's share down to this month's reps: 3,900,000 a quarter, 1,300,000 a month,
        // and the rep weighted 2 against 1 for each of the two others: 650,000.
        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/performance/targets");
        var quarters = manager.GetByTestId("split-quarters");
        await Expect(quarters.GetByTestId("split-parent")).ToHaveTextAsync("Splitting CNY 15,600,000");
        await Mode(quarters, "Evenly").ClickAsync();
        await Expect(quarters.GetByTestId("split-adds-up")).ToBeVisibleAsync();
        await quarters.GetByTestId("split-save").ClickAsync();
        var months = manager.GetByTestId("split-months");
        await Expect(months.GetByTestId("split-parent")).ToHaveTextAsync("Splitting CNY 3,900,000");
        await Mode(months, "Evenly").ClickAsync();
        await Expect(months.GetByTestId("split-adds-up")).ToBeVisibleAsync();
        await months.GetByTestId("split-save").ClickAsync();
        var people = manager.GetByTestId("split-people");
        await Expect(people.GetByTestId("split-parent")).ToHaveTextAsync("Splitting CNY 1,300,000");
        await Mode(people, "By weights").ClickAsync();
        var repPart = people.GetByTestId("split-row").Filter(new() { HasText = repName });
        await repPart.GetByTestId("split-weight").FillAsync("2");
        await repPart.GetByTestId("split-weight").BlurAsync();
        await Expect(repPart.GetByTestId("split-amount")).ToHaveValueAsync("650,000");
        await Expect(people.GetByTestId("split-adds-up")).ToBeVisibleAsync();
        await people.GetByTestId("split-save").ClickAsync();

        var rollUp = manager.GetByTestId("targets-rollup");
        await Expect(rollUp.GetByTestId("rollup-person").Filter(new() { HasText = repName }).GetByTestId($"rollup-{quarter}")).ToHaveTextAsync("CNY 650,000");
        await Expect(rollUp.GetByTestId("rollup-region").GetByTestId($"rollup-{quarter}")).ToHaveTextAsync("CNY 3,900,000");
        await Expect(rollUp.GetByTestId("rollup-region").GetByTestId($"rollup-{year}")).ToHaveTextAsync("CNY 15,600,000");
        await Expect(rollUp.GetByTestId("rollup-mismatch")).ToHaveCountAsync(0);

        // KPI-2: the rep's month is measured against the target the manager set.
        var rep = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(rep);
        await GoAsync(rep, "/performance");
        await Expect(rep.GetByTestId("perf-title")).ToHaveTextAsync("My performance");
        await Expect(rep.GetByTestId("perf-period")).ToHaveTextAsync(Label(month));
        await Expect(rep.GetByTestId("perf-signed")).ToContainTextAsync("of CNY 650,000 target");
        var signedBefore = Yuan(await rep.GetByTestId("perf-signed-value").TextContentAsync());
        await Expect(rep.GetByTestId("perf-attainment")).ToHaveTextAsync(Percent(signedBefore, 650_000m));

        // CON-2/CON-3: the demo's draft of the rep waits for the manager's approval of its price below list; then legal.
        await GoAsync(manager, "/contracts?list=AwaitingMyApproval");
        var waiting = manager.GetByTestId("contract-table").Locator("tbody tr").Filter(new() { HasText = repName }).First;
        var customer = (await waiting.GetByTestId("contract-customer").TextContentAsync())!.Trim();
        await waiting.GetByTestId("contract-number").ClickAsync();
        await Expect(manager).ToHaveURLAsync(new Regex("/contracts/[0-9a-f-]{36}$"));
        var contractUrl = manager.Url;
        await manager.GetByTestId("approval-approve").ClickAsync();
        await Field(manager, "text-action-input").FillAsync("Volume order, approved");
        await manager.GetByTestId("text-action-submit").ClickAsync();
        await Expect(manager.GetByTestId("approval-status")).ToHaveTextAsync("Approved");
        var number = (await manager.GetByTestId("contract-title").TextContentAsync())!.Trim();
        var total = (await manager.GetByTestId("contract-total").TextContentAsync())!.Trim();

        await GoAsync(rep, contractUrl);
        await rep.GetByTestId("contract-submit").ClickAsync();
        await Expect(rep.GetByTestId("contract-status")).ToHaveTextAsync("In legal review");
        var legal = await SignInAsync("legal@demo.salescrm");
        pages.Add(legal);
        await GoAsync(legal, contractUrl);
        await legal.GetByTestId("contract-legal-approve").ClickAsync();
        await legal.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Approve (legal)" }).ClickAsync();
        await Expect(legal.GetByTestId("contract-status")).ToHaveTextAsync("Approved for signing");
        await GoAsync(rep, contractUrl);
        await rep.GetByTestId("contract-sign").ClickAsync();
        await rep.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Sign" }).ClickAsync();
        await Expect(rep.GetByTestId("contract-status")).ToHaveTextAsync("Signed");

        // KPI-2: signed today, so in the rep's month: the signed amount grows by the contract's total.
        var signedAfter = signedBefore + Yuan(total);
        await GoAsync(rep, "/performance");
        await Expect(rep.GetByTestId("perf-signed-value")).ToHaveTextAsync(Cny(signedAfter));
        await Expect(rep.GetByTestId("perf-attainment")).ToHaveTextAsync(Percent(signedAfter, 650_000m));

        // KPI-2: finance of East opens its quarter, goes to months: last month the demo verified; two months back it verifies.
        var collector = await SignInAsync("collector@demo.salescrm");
        pages.Add(collector);
        await GoAsync(collector, "/performance");
        await Expect(collector.GetByTestId("perf-period")).ToHaveTextAsync(Label(quarter));
        await collector.GetByTestId("perf-kind").Locator(".mud-toggle-item").Filter(new() { HasText = "Month" }).ClickAsync();
        await Expect(collector.GetByTestId("perf-period")).ToHaveTextAsync(Label(month));
        await collector.GetByTestId("perf-prev").ClickAsync();
        await Expect(collector.GetByTestId("perf-period")).ToHaveTextAsync(Label(month.Previous));
        await Expect(collector.GetByTestId("perf-verified")).ToBeVisibleAsync();
        await collector.GetByTestId("perf-prev").ClickAsync();
        await Expect(collector.GetByTestId("perf-period")).ToHaveTextAsync(Label(month.Previous.Previous));
        await collector.GetByTestId("perf-verify").ClickAsync();
        await collector.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Verify month" }).ClickAsync();
        await Expect(collector.GetByTestId("perf-verified")).ToContainTextAsync($"verified by {NameOf("collector@demo.salescrm")}");
        await Expect(collector.GetByTestId("perf-verify")).ToHaveCountAsync(0);

        // KPI-3/KPI-4: the manager's quarter grades every rep; the demo customer had no contract before, so it is a new
        // customer and its contract counts towards the team reward.
        await GoAsync(manager, "/performance");
        await Expect(manager.GetByTestId("perf-period")).ToHaveTextAsync(Label(quarter));
        var rows = manager.GetByTestId("perf-rows").GetByTestId("perf-row");
        await Expect(rows.Filter(new() { HasText = repName }).GetByTestId("perf-grade")).ToHaveTextAsync(new Regex("Excellent|Good|Pass|Fail"));
        await Expect(rows.GetByTestId("perf-grade")).ToHaveCountAsync(await rows.CountAsync());
        var reward = manager.GetByTestId("team-reward");
        await Expect(reward.GetByTestId("reward-total")).Not.ToHaveTextAsync("CNY 0.00");
        var credited = reward.GetByTestId("reward-contracts").GetByTestId("reward-contract").Filter(new() { HasText = number });
        await Expect(credited).ToContainTextAsync(customer);
        await Expect(credited).ToContainTextAsync(total);
    });

    private static string NameOf(string email) => DemoOrganisation.Users.Single(u => u.Email == email).DisplayName;

    private static ILocator Amount(ILocator split, string part) => split.GetByTestId("split-row").Filter(new() { HasText = part }).GetByTestId("split-amount");

    private static ILocator Mode(ILocator split, string mode) => split.GetByTestId("split-mode").Locator(".mud-toggle-item").Filter(new() { HasText = mode });

    /// <summary>How the performance page names a month or a quarter: "December 2026", "Q4 2026".</summary>
    private static string Label(Period period) => period.Kind == PeriodKind.Month
        ? period.FirstDay.ToString("MMMM yyyy", English)
        : $"Q{period.Number} {period.Year}";

    /// <summary>"CNY 1,280,000" or "CNY 1,280,000.00" as yuan.</summary>
    private static decimal Yuan(string? shown) =>
        decimal.Parse(shown!.Trim().Replace(Money.DefaultCurrency, string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Cny(decimal amount) => $"{Money.DefaultCurrency} {amount.ToString("N0", CultureInfo.InvariantCulture)}";

    /// <summary>KPI-2: the attainment as the page reads it, to one decimal, half away from zero.</summary>
    private static string Percent(decimal actual, decimal target) =>
        decimal.Round(actual * 100m / target, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
