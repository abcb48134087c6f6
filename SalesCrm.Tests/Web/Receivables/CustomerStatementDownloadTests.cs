using Bunit;
using MudBlazor;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Contracts;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-3 on the customer's contracts tab: the statement download, offered once a contract the user reads is signed.</summary>
public sealed class CustomerStatementDownloadTests : IAsyncLifetime
{
    private ContractScenario _scenario = default!;

    public async Task InitializeAsync() => _scenario = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task AR3_TheOwnerOfASignedContract_GetsADownloadLinkForThePreviousMonth()
    {
        await _scenario.SignedContractAsync();
        await using var context = new CrmTestContext(_scenario.Database);
        context.SignIn(_scenario.Rep);

        var page = Render(context);

        // The scenario's clock says 2026-03-02: February is offered.
        page.WaitForAssertion(() => Assert.Equal(
            $"/customers/{_scenario.Customer.Id}/statement?from=2026-02-01&to=2026-02-28",
            page.Find("[data-testid=statement-download]").GetAttribute("href")));
        Assert.Equal("2026-02-01", page.Find("[data-testid=statement-from]").GetAttribute("value"));
        Assert.Equal("2026-02-28", page.Find("[data-testid=statement-to]").GetAttribute("value"));
    }

    [Fact]
    public async Task AR3_APeriodEndingBeforeItStarts_DisablesTheDownloadAndSaysWhy()
    {
        await _scenario.SignedContractAsync();
        await using var context = new CrmTestContext(_scenario.Database);
        context.SignIn(_scenario.Rep);
        var page = Render(context);
        page.WaitForAssertion(() => page.Find("[data-testid=statement-download]"));

        await page.ChangeTo("[data-testid=statement-to]", "2026-01-15");

        page.WaitForAssertion(() => Assert.Equal("The period starts on or before the day it ends.", page.Find("[data-testid=statement-error]").TextContent.Trim()));
        Assert.Null(page.Find("[data-testid=statement-download]").GetAttribute("href"));
    }

    [Fact]
    public async Task AR3_ACustomerWithOnlyADraft_OffersNoStatement()
    {
        await _scenario.DraftAsync(unitPrice: 128_000m);
        await using var context = new CrmTestContext(_scenario.Database);
        context.SignIn(_scenario.Rep);

        var page = Render(context);

        page.WaitForAssertion(() => page.Find("[data-testid=customer-contract-table]"));
        Assert.Empty(page.FindAll("[data-testid=customer-statement]"));
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Render(CrmTestContext context) =>
        context.RenderHosted<CustomerContracts>((nameof(CustomerContracts.CustomerId), _scenario.Customer.Id));
}
