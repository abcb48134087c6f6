using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class PoolJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // OWN-6 end to end on the demo organisation (the pool is on in Development, and two demo customers have had no
    // contact for 120 days): a rep claims one from the pool and owns it; the manager previews the next releases.
    [Fact]
    public Task RepClaimsFromThePool_ManagerSeesWhatGoesNext() => JourneyAsync(async pages =>
    {
        var rep = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(rep);
        await GoAsync(rep, "/ownership/pool");
        var first = rep.GetByTestId("pool-table").GetByTestId("pool-name").First;
        await Expect(first).ToBeVisibleAsync();
        var company = (await first.TextContentAsync())!.Trim();
        await rep.GetByTestId("pool-claim").First.ClickAsync();
        await rep.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();

        await Expect(rep.GetByTestId("customer-title")).ToHaveTextAsync(company);
        await Expect(rep.GetByTestId("customer-overview")).ToContainTextAsync("吴芳 Wu Fang");
        await Expect(rep.GetByTestId("ownership-ledger")).ToContainTextAsync("Claimed from the pool");
        await Expect(rep.GetByTestId("ownership-ledger")).ToContainTextAsync("No contact logged for 90 days");
        await GoAsync(rep, "/ownership/pool");
        await Expect(rep.GetByTestId("pool-table")).Not.ToContainTextAsync(company);

        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/ownership/pool");
        await manager.GetByRole(AriaRole.Tab, new() { Name = "Due in 7 days" }).ClickAsync();
        await Expect(manager.GetByTestId("due-table").Locator("tbody tr").First).ToContainTextAsync("East China");
    });
}
