using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class OwnershipJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // OWN-1..5 end to end, as the regulation tells it: rep A registers 华为技术有限公司 with a contact; rep B of the same
    // region types the traditional spelling, is warned before saving, saves anyway and is refused in plain words without
    // seeing A's phone or e-mail; their manager sees the collision and transfers the customer to B with a reason; both
    // reps are told and B now has the customer, A no longer.
    [Fact]
    public Task CollisionSeenByTheManager_ThenTransferWithReason_BothRepsSeeTheChange() => JourneyAsync(async pages =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var company = $"华为技术{tag}有限公司";
        var repA = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(repA);
        await GoAsync(repA, "/customers/new");
        await repA.GetByTestId("field-name").FillAsync(company);
        await repA.GetByTestId("add-contact").ClickAsync();
        await repA.GetByTestId("contact-name").FillAsync("李雷");
        await repA.GetByTestId("contact-phone").FillAsync("136 2222 3333");
        await repA.GetByTestId("contact-email").FillAsync($"li.lei.{tag}@huawei.example");
        await repA.GetByTestId("save-customer").ClickAsync();
        await Expect(repA.GetByTestId("customer-title")).ToBeVisibleAsync();
        var customerUrl = new Uri(repA.Url).PathAndQuery;

        var repB = await SignInAsync("rep2.east@demo.salescrm");
        pages.Add(repB);
        await GoAsync(repB, "/customers/new");
        await repB.GetByTestId("field-name").PressSequentiallyAsync($"華為技術{tag}有限公司", new() { Delay = 20 });
        await Expect(repB.GetByTestId("ownership-warning")).ToContainTextAsync("张伟 Zhang Wei");
        await Expect(repB.GetByTestId("ownership-warning")).ToContainTextAsync("East China");
        await repB.GetByTestId("save-customer").ClickAsync();
        await Expect(repB.GetByTestId("form-errors")).ToContainTextAsync("Not saved: this customer already exists");
        await Expect(repB.GetByTestId("ownership-warning")).ToContainTextAsync("The rep who made first contact owns a customer");
        await Expect(repB.GetByText("136 2222 3333")).ToHaveCountAsync(0);
        await Expect(repB.GetByText($"li.lei.{tag}@huawei.example")).ToHaveCountAsync(0);
        var seenByB = await repB.ContentAsync();
        Assert.DoesNotContain("22223333", seenByB.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("li.lei", seenByB, StringComparison.Ordinal);

        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/ownership/collisions");
        var collision = manager.GetByTestId("collision-table").Locator("tr", new() { HasText = $"華為技術{tag}有限公司" });
        await Expect(collision).ToContainTextAsync("马丽 Ma Li");
        await Expect(collision.GetByTestId("collision-customer")).ToContainTextAsync(company);
        await Expect(collision.GetByTestId("collision-customer")).ToContainTextAsync("张伟 Zhang Wei");

        await GoAsync(manager, customerUrl);
        await manager.GetByTestId("transfer-customer").ClickAsync();
        await manager.GetByTestId("transfer-submit").ClickAsync();
        await Expect(manager.GetByTestId("transfer-dialog")).ToContainTextAsync("Choose the new owner.");
        await manager.GetByTestId("transfer-dialog").Locator(".mud-select").First.ClickAsync();
        await manager.GetByRole(AriaRole.Option).Filter(new() { HasText = "马丽 Ma Li" }).ClickAsync();
        await manager.GetByTestId("transfer-submit").ClickAsync();
        await Expect(manager.GetByTestId("transfer-dialog").Locator(".mud-input-control", new() { Has = manager.GetByTestId("transfer-reason") }))
            .ToContainTextAsync("Give the reason for the transfer.");
        await manager.GetByTestId("transfer-reason").FillAsync("Dispute settled: 马丽 showed an earlier dated visit report");
        await manager.GetByTestId("transfer-submit").ClickAsync();
        await Expect(manager.GetByTestId("customer-overview")).ToContainTextAsync("马丽 Ma Li");
        await Expect(manager.GetByTestId("ownership-ledger")).ToContainTextAsync("Dispute settled");

        // Both reps are told: the badge in their open tabs, the message in the centre; B now has the customer.
        await Expect(repB.GetByTestId("notification-bell")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("unread"));
        await GoAsync(repB, "/notifications");
        await Expect(repB.GetByTestId("notification-table")).ToContainTextAsync($"{company} is now your customer");
        await GoAsync(repB, customerUrl);
        await Expect(repB.GetByTestId("customer-title")).ToHaveTextAsync(company);
        await repB.GetByText("Contacts (1)").ClickAsync();
        await Expect(repB.GetByText("136 2222 3333")).ToBeVisibleAsync();
        await GoAsync(repA, "/notifications");
        await Expect(repA.GetByTestId("notification-table")).ToContainTextAsync($"{company} was transferred to 马丽 Ma Li");
        await GoAsync(repA, customerUrl);
        await Expect(repA.GetByTestId("customer-not-found")).ToBeVisibleAsync();
    });

    // LEAD-1/LEAD-2: a rep registers a lead (a bad field is refused next to it, the rest stays), qualifies it, which
    // tells the manager, and converts it into a customer with its first opportunity.
    [Fact]
    public Task RepRegistersQualifiesAndConvertsALead_ManagerIsNotified() => JourneyAsync(async pages =>
    {
        var company = $"Shenzhen Lead {Guid.NewGuid().ToString("N")[..6]} Co., Ltd.";
        var rep = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(rep);
        await GoAsync(rep, "/leads");
        await rep.GetByTestId("new-lead").ClickAsync();
        await WaitInteractiveAsync(rep);
        await rep.GetByTestId("lead-company").FillAsync(company);
        await rep.GetByTestId("lead-contact").FillAsync("Chen Ming");
        await rep.GetByTestId("lead-email").FillAsync("chen.ming@");
        await rep.GetByTestId("lead-needs").FillAsync("30 forklifts before the autumn peak");
        await rep.GetByTestId("save-lead").ClickAsync();
        await Expect(rep.Locator(".mud-input-control", new() { Has = rep.GetByTestId("lead-email") })).ToContainTextAsync("e-mail");
        await Expect(rep.GetByTestId("lead-company")).ToHaveValueAsync(company);
        await rep.GetByTestId("lead-email").FillAsync("chen.ming@example.com");
        await rep.GetByTestId("save-lead").ClickAsync();
        await Expect(rep.GetByTestId("lead-title")).ToHaveTextAsync(company);
        await Expect(rep.GetByTestId("lead-status")).ToHaveTextAsync("New");

        await rep.GetByTestId("lead-qualify").ClickAsync();
        await Expect(rep.GetByTestId("lead-status")).ToHaveTextAsync("Qualified");

        var manager = await SignInAsync("manager.south@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/notifications");
        await Expect(manager.GetByTestId("notification-table")).ToContainTextAsync($"qualified the lead \u201c{company}\u201d");

        await rep.GetByTestId("lead-convert").ClickAsync();
        await Expect(rep.GetByTestId("text-action-input")).ToHaveValueAsync("30 forklifts before the autumn peak");
        await rep.GetByTestId("text-action-submit").ClickAsync();
        await Expect(rep.GetByTestId("customer-title")).ToHaveTextAsync(company);
        await GoAsync(rep, "/customers");
        await rep.GetByTestId("customer-search").FillAsync(company);
        await Expect(rep.GetByTestId("customer-name")).ToHaveTextAsync([company]);
    });
}
