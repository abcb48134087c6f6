using Bunit;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Exports;

namespace SalesCrm.Tests.Web.Exports;

/// <summary>SEC-3's Exports page: the director sees who took what and when, in company time, and an empty list says so.</summary>
public sealed class ExportsPageTests : IAsyncLifetime
{
    private TwoRegionScenario _scenario = default!;

    public async Task InitializeAsync() => _scenario = await TwoRegionScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private async Task<CrmTestContext> SignedInAsync(CrmRole role)
    {
        var context = new CrmTestContext(_scenario.Database);
        context.SignIn(await _scenario.Organisation.UserAsync(role, _scenario.East));
        return context;
    }

    [Fact]
    public async Task SEC3_TheDirector_SeesEachExportWithWhoWhatAndWhenInCompanyTime()
    {
        await _scenario.Database.SignIn(_scenario.Rep).Contracts.PdfAsync(_scenario.Contract.Id);
        await using var context = await SignedInAsync(CrmRole.MarketingDirector);

        var page = context.RenderHosted<ExportsPage>();

        // 09:30 UTC is 17:30 in the company's time zone (Asia/Shanghai).
        page.WaitForAssertion(() => Assert.Equal("2026-03-02 17:30", page.Find("[data-testid=export-when]").TextContent.Trim()));
        Assert.Equal("Rep Wang", page.Find("[data-testid=export-who]").TextContent.Trim());
        var what = page.Find("[data-testid=export-what]").TextContent;
        Assert.Contains("Contract PDF", what, StringComparison.Ordinal);
        Assert.Contains($"{_scenario.Contract.Number} v1 · 杭州物流有限公司", what, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC3_WithNothingExportedYet_ThePageSaysSo()
    {
        await using var context = await SignedInAsync(CrmRole.Administrator);

        var page = context.RenderHosted<ExportsPage>();

        page.WaitForAssertion(() => Assert.Equal("Nothing has been exported yet.", page.Find("[data-testid=exports-empty]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=export-who]"));
    }
}
