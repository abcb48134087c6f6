using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class PoolJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // OWN-6 end to end on the demo organisation (the pool is on in Development, and two demo customers of East China have
    // had no contact for 120 days): the pool page shows its rules; a rep of another region sees why they cannot claim; a
    // rep of East China claims one and owns it; the manager previews the next releases.
    [Fact]
    public Task RepClaimsFromThePool_ManagerSeesWhatGoesNext() => JourneyAsync(async pages =>
    {
        var south = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(south);
        await GoAsync(south, "/ownership/pool");
        await Expect(south.GetByTestId("pool-rules")).ToContainTextAsync("You claim from your own region's pool");
        await Expect(south.GetByTestId("pool-refusal").First).ToContainTextAsync("East China region's pool");
        await Expect(south.GetByTestId("pool-claim").First).ToBeDisabledAsync();

        var rep = await SignInAsync("rep2.east@demo.salescrm");
        pages.Add(rep);
        await GoAsync(rep, "/ownership/pool");
        var first = rep.GetByTestId("pool-table").GetByTestId("pool-name").First;
        await Expect(first).ToBeVisibleAsync();
        var company = (await first.TextContentAsync())!.Trim();
        await rep.GetByTestId("pool-claim").First.ClickAsync();
        await rep.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();

        await Expect(rep.GetByTestId("customer-title")).ToHaveTextAsync(company);
        await Expect(rep.GetByTestId("customer-overview")).ToContainTextAsync("马丽 Ma Li");
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
