using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class CustomerJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // SEC-1 end to end: the owner finds it, another region's rep cannot (list or URL), the owner's manager can.
    [Fact]
    public Task RepRegistersCustomer_FindsIt_OtherRepCannotSeeItEvenByUrl_RegionManagerCan() => JourneyAsync(async pages =>
    {
        var name = $"华为技术旅程测试 {Guid.NewGuid():N}"[..20];
        var rep = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(rep);
        await GoAsync(rep, "/customers/new");
        await rep.GetByTestId("field-name").FillAsync(name);
        await rep.GetByTestId("add-contact").ClickAsync();
        await rep.GetByTestId("contact-name").FillAsync("李雷");
        await rep.GetByTestId("contact-phone").FillAsync("139 1234 5678");
        await rep.GetByTestId("save-customer").ClickAsync();
        await Expect(rep.GetByTestId("customer-title")).ToHaveTextAsync(name);
        var customerUrl = new Uri(rep.Url).PathAndQuery;

        await GoAsync(rep, "/customers");
        await rep.GetByTestId("customer-search").FillAsync(name);
        await Expect(rep.GetByTestId("customer-name")).ToHaveTextAsync([name]);

        var otherRep = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(otherRep);
        await GoAsync(otherRep, "/customers");
        await otherRep.GetByTestId("customer-search").FillAsync(name);
        await Expect(otherRep.GetByTestId("customers-empty")).ToBeVisibleAsync();
        await GoAsync(otherRep, customerUrl);
        await Expect(otherRep.GetByTestId("customer-not-found")).ToBeVisibleAsync();
        await Expect(otherRep.GetByText("139 1234 5678")).ToHaveCountAsync(0);

        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, customerUrl);
        await Expect(manager.GetByTestId("customer-title")).ToHaveTextAsync(name);
    });

    // OWN-2/OWN-3: rep B types rep A's company in traditional characters, is warned before saving (owner, region,
    // since when only), saves anyway and is refused.
    [Fact]
    public Task SecondRepTypingTraditionalName_IsWarnedBeforeSaving_AndRefusedOnSave_SeeingNoContactDetails() => JourneyAsync(async pages =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var repA = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(repA);
        await GoAsync(repA, "/customers/new");
        await repA.GetByTestId("field-name").FillAsync($"华为技术{tag}有限公司");
        await repA.GetByTestId("add-contact").ClickAsync();
        await repA.GetByTestId("contact-name").FillAsync("李雷");
        await repA.GetByTestId("contact-phone").FillAsync("137 0000 1111");
        await repA.GetByTestId("save-customer").ClickAsync();
        await Expect(repA.GetByTestId("customer-title")).ToBeVisibleAsync();

        var repB = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(repB);
        await GoAsync(repB, "/customers/new");
        await repB.GetByTestId("field-name").PressSequentiallyAsync($"華為技術{tag}股份有限公司", new() { Delay = 20 });

        var warning = repB.GetByTestId("ownership-warning");
        await Expect(warning).ToContainTextAsync("张伟 Zhang Wei");
        await Expect(warning).ToContainTextAsync("华东大区 East China");
        await Expect(warning).Not.ToContainTextAsync("137 0000 1111");

        // OWN-3: saving anyway is refused in plain words; what B typed stays; still no contact details of A's customer.
        await repB.GetByTestId("save-customer").ClickAsync();
        await Expect(repB.GetByTestId("form-errors")).ToContainTextAsync("Not saved");
        await Expect(repB.GetByTestId("field-name")).ToHaveValueAsync($"華為技術{tag}股份有限公司");
        await Expect(repB.GetByText("137 0000 1111")).ToHaveCountAsync(0);
    });

    // CUS-1: an invalid USCC is refused next to its field; what the user typed stays; nothing is saved.
    [Fact]
    public Task InvalidUscc_ShowsMessageNextToField_KeepsTypedValues() => JourneyAsync(async pages =>
    {
        var rep = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(rep);
        await GoAsync(rep, "/customers/new");
        await rep.GetByTestId("field-name").FillAsync("Typo Trading Co., Ltd.");
        await rep.GetByTestId("field-uscc").FillAsync("91350100M000100Y44");
        await rep.GetByTestId("save-customer").ClickAsync();

        var usccField = rep.Locator(".mud-input-control", new() { Has = rep.GetByTestId("field-uscc") });
        await Expect(usccField).ToContainTextAsync("check character");
        await Expect(rep.GetByTestId("field-name")).ToHaveValueAsync("Typo Trading Co., Ltd.");
        await Expect(rep.GetByTestId("field-uscc")).ToHaveValueAsync("91350100M000100Y44");
        Assert.EndsWith("/customers/new", rep.Url, StringComparison.Ordinal);
    });

    [Fact]
    public Task LanguageSwitch_ShowsChineseTexts() => JourneyAsync(async pages =>
    {
        var rep = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(rep);
        await GoAsync(rep, "/customers");
        await rep.GetByTestId("language-switch").Locator("button").First.ClickAsync();
        await rep.GetByText("简体中文").ClickAsync();
        await WaitInteractiveAsync(rep);
        await Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "客户" })).ToBeVisibleAsync();
        await Expect(rep.GetByTestId("current-user")).ToContainTextAsync("销售代表");
    });
}
