using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

/// <summary>CON-5/SEC-3 through the running app: the ledger page, and its CSV export that only managers get.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LedgerJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public Task SEC3_ARep_IsRefusedTheLedgerExport_EvenByTypingItsAddress() => JourneyAsync(async pages =>
    {
        var page = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(page);
        await GoAsync(page, "/contracts/ledger");
        await Expect(page.GetByTestId("ledger-table")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("ledger-export")).ToHaveCountAsync(0);

        var response = await page.Context.APIRequest.GetAsync("/contracts/ledger/export");

        Assert.Equal(403, response.Status);
    });

    [Fact]
    public Task SEC3_AManager_DownloadsTheLedgerAsUtf8WithBom() => JourneyAsync(async pages =>
    {
        var page = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(page);
        await GoAsync(page, "/contracts/ledger");
        await Expect(page.GetByTestId("ledger-export")).ToBeVisibleAsync();

        var response = await page.Context.APIRequest.GetAsync("/contracts/ledger/export");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, (await response.BodyAsync())[..3]);
    });
}
