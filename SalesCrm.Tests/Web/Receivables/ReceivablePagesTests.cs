using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Receivables;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-1's collection list and CON-5's ledger page as their users see them.</summary>
public sealed class ReceivablePagesTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _rep = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);
        var customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, _rep);
        await new SignedContractBuilder(_database).Total(100_000m).Terms(30).SaveAsync(customer, _rep);
        _database.Time.Advance(TimeSpan.FromDays(40));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AR1_TheOwningRep_SeesTheirOverdueReceivable_AndTheAgingSummary()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_rep);

        var page = Render<ReceivablesPage>(context);

        page.WaitForAssertion(() => Assert.Equal("CNY 100,000.00", page.Find("[data-testid=overdue-outstanding]").TextContent.Trim()));
        Assert.Equal("1", page.Find("[data-testid=aging-Days1To30] [data-testid=aging-count]").TextContent.Trim());
    }

    [Theory]
    [InlineData(CrmRole.SalesManager, true)]
    [InlineData(CrmRole.SalesRep, false)]
    [InlineData(CrmRole.Collector, false)]
    public async Task SEC3_TheLedgerOffersTheExport_OnlyToManagers(CrmRole role, bool offered)
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(role == CrmRole.SalesRep ? _rep : await _organisation.UserAsync(role, _east));

        var page = Render<ContractLedgerPage>(context);

        page.WaitForAssertion(() => Assert.Equal("CNY 100,000.00", page.Find("[data-testid=ledger-outstanding]").TextContent.Trim()));
        Assert.Equal(offered, page.FindAll("[data-testid=ledger-export]").Count == 1);
    }

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> Render<TPage>(CrmTestContext context) where TPage : IComponent =>
        context.RenderHosted<TPage>();
}
