using Bunit;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Customers;

/// <summary>The customer page: its ownership ledger (OWN-1) and the transfer offered only to those OWN-5 allows.</summary>
public sealed class CustomerPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;
    private CrmUser _owner = null!;
    private Guid _customerId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _customerId = (await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, _owner)).Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(CrmRole.SalesRep, false)]
    [InlineData(CrmRole.ServiceAgent, false)]
    [InlineData(CrmRole.SalesManager, true)]
    [InlineData(CrmRole.MarketingDirector, true)]
    public async Task OWN5_TransferButton_OnlyForManagersOfTheRegionAndTheDirector(CrmRole role, bool offered)
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(role == CrmRole.SalesRep ? _owner : await _organisation.UserAsync(role, _east));

        var page = Render(context);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=customer-title]")));
        Assert.Equal(offered, page.FindAll("[data-testid=transfer-customer]").Count == 1);
    }

    [Fact]
    public async Task OWN1_Ledger_ShowsTheFirstContactByTheOwner()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_owner);

        var page = Render(context);

        page.WaitForAssertion(() => Assert.Contains("First contact", page.Find("[data-testid=ownership-ledger] tbody").TextContent, StringComparison.Ordinal));
        Assert.Contains("张伟", page.Find("[data-testid=ownership-ledger] tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OWN5_TransferWithoutChoosingAnOwner_SaysSoInTheDialog()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(CrmRole.SalesManager, _east));
        var page = Render(context);
        page.WaitForAssertion(() => page.Find("[data-testid=transfer-customer]"));

        // Not awaited: the button's handler waits for the dialog to close.
        _ = page.Find("[data-testid=transfer-customer]").ClickAsync(new());
        page.WaitForAssertion(() => page.Find("[data-testid=transfer-submit]"));
        await page.Find("[data-testid=transfer-submit]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Choose the new owner.", page.Find("[data-testid=transfer-dialog]").TextContent, StringComparison.Ordinal));
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Render(CrmTestContext context) =>
        context.RenderHosted<CustomerPage>((nameof(CustomerPage.Id), _customerId));
}
