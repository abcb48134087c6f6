using Bunit;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Receivables;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-1 on the contract's receivable component: the collector records a payment and sees what is still outstanding.</summary>
public sealed class ContractReceivablesTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private CrmUser _rep = default!;
    private CrmUser _collector = default!;
    private SalesCrm.Domain.Contracts.Contract _contract = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var east = await organisation.RegionAsync("East");
        _rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        _collector = await organisation.UserAsync(CrmRole.Collector, east, "Collector Li");
        var customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, _rep);
        _contract = await new SignedContractBuilder(_database).Total(100_000m).SaveAsync(customer, _rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AR1_APartialPaymentRecordedInTheDialog_LeavesTheRestOutstandingOnTheComponent()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_collector);
        var page = Render(context);
        page.WaitForAssertion(() => Assert.Equal("CNY 100,000.00", page.Find("[data-testid=receivable-outstanding]").TextContent.Trim()));

        // Not awaited: the button's handler waits for the dialog to close.
        _ = page.InvokeAsync(() => page.Find("[data-testid=receivable-payment]").Click());
        page.WaitForAssertion(() => page.Find("[data-testid=receivable-dialog-submit]"));
        await page.ChangeTo("[data-testid=receivable-amount-input]", "40000");
        await page.ClickOn("[data-testid=receivable-dialog-submit]");

        page.WaitForAssertion(() => Assert.Equal("CNY 60,000.00", page.Find("[data-testid=receivable-outstanding]").TextContent.Trim()));
        Assert.Equal("CNY 40,000.00", page.Find("[data-testid=receivable-collected]").TextContent.Trim());
        Assert.Equal(["Payment"], page.FindAll("[data-testid=history-kind]").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task SEC1_TheOwningRep_SeesTheReceivable_WithoutTheCollectorsActions()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_rep);

        var page = Render(context);

        page.WaitForAssertion(() => Assert.Equal("CNY 100,000.00", page.Find("[data-testid=receivable-outstanding]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=receivable-payment]"));
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Render(CrmTestContext context) =>
        context.RenderHosted<ContractReceivables>((nameof(ContractReceivables.ContractId), _contract.Id));
}
