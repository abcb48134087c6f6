using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class EditJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // Issue 3 §10 + SEC-2: two people edit one customer; the second sees both versions, overwrites knowingly,
    // and the history tab shows who changed what from which value to which.
    [Fact]
    public Task SecondEditorSeesConflictDialog_OverwritesKnowingly_HistoryShowsBothChanges() => JourneyAsync(async pages =>
    {
        var name = $"Conflict Test {Guid.NewGuid():N}"[..22];
        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/customers/new");
        await manager.GetByTestId("field-name").FillAsync(name);
        await manager.GetByTestId("save-customer").ClickAsync();
        await Expect(manager.GetByTestId("customer-title")).ToHaveTextAsync(name);
        var editUrl = new Uri(manager.Url).PathAndQuery + "/edit";

        var director = await SignInAsync("director@demo.salescrm");
        pages.Add(director);
        await GoAsync(director, editUrl);
        await GoAsync(manager, editUrl);

        await director.GetByTestId("field-name").FillAsync(name + " (director)");
        await director.GetByTestId("save-customer").ClickAsync();
        await Expect(director.GetByTestId("customer-title")).ToHaveTextAsync(name + " (director)");

        await manager.GetByTestId("field-name").FillAsync(name + " (manager)");
        await manager.GetByTestId("save-customer").ClickAsync();
        await Expect(manager.GetByTestId("conflict-dialog")).ToBeVisibleAsync();
        await Expect(manager.GetByTestId("conflict-theirs").First).ToHaveTextAsync(name + " (director)");
        await Expect(manager.GetByTestId("conflict-mine").First).ToHaveTextAsync(name + " (manager)");
        await manager.GetByTestId("conflict-overwrite").ClickAsync();
        await Expect(manager.GetByTestId("customer-title")).ToHaveTextAsync(name + " (manager)");

        await manager.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var history = manager.GetByTestId("history-table");
        await Expect(history).ToContainTextAsync("李娜 Li Na");
        await Expect(history).ToContainTextAsync("王建国 Wang Jianguo");
        await Expect(history.Locator("tr", new() { HasText = name + " (manager)" })).ToContainTextAsync(name + " (director)");
    });
}
