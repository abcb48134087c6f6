using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class DisputeJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // OWN-5 end to end: B is refused a customer A registered, disputes it from the refusal with dated evidence (missing
    // evidence is refused next to the field), A's manager upholds it with a reason, and B now opens the customer.
    [Fact]
    public Task RefusedRepDisputes_OwnersManagerUpholds_CustomerBecomesTheClaimants() => JourneyAsync(async pages =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var repA = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(repA);
        await GoAsync(repA, "/customers/new");
        await repA.GetByTestId("field-name").FillAsync($"美的集团{tag}股份有限公司");
        await repA.GetByTestId("save-customer").ClickAsync();
        await Expect(repA.GetByTestId("customer-title")).ToBeVisibleAsync();

        var repB = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(repB);
        await GoAsync(repB, "/customers/new");
        await repB.GetByTestId("field-name").FillAsync($"美的集團{tag}股份有限公司");
        await repB.GetByTestId("save-customer").ClickAsync();
        await Expect(repB.GetByTestId("form-errors")).ToContainTextAsync("Not saved");
        await repB.GetByTestId("dispute-refusal-link").ClickAsync();

        var dialog = repB.GetByTestId("dispute-dialog");
        await Expect(dialog.Locator(".mud-select input").First).ToHaveValueAsync(new Regex($"^美的集團{tag}股份有限公司 — owned by 张伟 Zhang Wei"));
        await repB.Locator("[data-testid=dispute-date] input, input[data-testid=dispute-date]").First.FillAsync("2026-02-10");
        await repB.GetByTestId("dispute-submit").ClickAsync();
        await Expect(dialog.Locator(".mud-input-control", new() { Has = repB.GetByTestId("dispute-evidence") })).ToContainTextAsync("Describe the evidence");
        await repB.GetByTestId("dispute-evidence").FillAsync("Visit report 2026-02-10: met procurement head 何先生 at their Foshan plant");
        await repB.GetByTestId("dispute-submit").ClickAsync();
        await Expect(repB).ToHaveURLAsync(new Regex("/ownership/disputes/[0-9a-f-]{36}$"));
        await Expect(repB.GetByTestId("dispute-status")).ToHaveTextAsync("Open");
        await Expect(repB.GetByTestId("dispute-contacted-on")).ToHaveTextAsync("2026-02-10");
        await Expect(repB.GetByTestId("dispute-customer-link")).ToHaveCountAsync(0);
        var disputeUrl = new Uri(repB.Url).PathAndQuery;

        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/ownership/disputes");
        await manager.GetByTestId("dispute-table").GetByText($"美的集團{tag}股份有限公司").ClickAsync();
        await manager.GetByTestId("dispute-uphold").ClickAsync();
        await manager.GetByTestId("text-action-input").FillAsync("Visit report checked with 何先生: 吴芳 was there first");
        await manager.GetByTestId("text-action-submit").ClickAsync();
        await Expect(manager.GetByTestId("dispute-status")).ToHaveTextAsync("Upheld");
        await Expect(manager.GetByTestId("dispute-decision")).ToContainTextAsync("吴芳 was there first");

        await GoAsync(repB, disputeUrl);
        await Expect(repB.GetByTestId("dispute-status")).ToHaveTextAsync("Upheld");
        await repB.GetByTestId("dispute-customer-link").ClickAsync();
        await Expect(repB.GetByTestId("customer-title")).ToHaveTextAsync($"美的集团{tag}股份有限公司");
        await Expect(repB.GetByTestId("ownership-ledger")).ToContainTextAsync("Dispute upheld");
        await GoAsync(repA, "/notifications");
        await Expect(repA.GetByTestId("notification-table")).ToContainTextAsync($"美的集团{tag}股份有限公司 was transferred to 吴芳 Wu Fang");
    });
}
