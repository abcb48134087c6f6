using Bunit;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Customers;

/// <summary>The customer list page: what it shows is what the service lets the signed-in user see (SEC-1).</summary>
public sealed class CustomersPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Rep_SeesTheirOwnCustomersOnly() // SEC-1
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);
        await new CustomerBuilder().Named("Own Co").SaveAsync(_database, rep);
        await new CustomerBuilder().Named("Colleague Co").SaveAsync(_database, await _organisation.UserAsync(CrmRole.SalesRep, _east));
        await using var context = new CrmTestContext(_database);
        context.SignIn(rep);

        var page = RenderPage(context);

        page.WaitForAssertion(() => Assert.Equal(["Own Co"], page.FindAll("[data-testid=customer-name]").Select(e => e.TextContent.Trim())));
    }

    [Fact]
    public async Task ListWithoutCustomers_SaysSo()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, _east));

        var page = RenderPage(context);

        page.WaitForAssertion(() => Assert.Contains("No customers yet", page.Find("[data-testid=customers-empty]").TextContent, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CrmRole.SalesRep, true)]
    [InlineData(CrmRole.SalesManager, true)]
    [InlineData(CrmRole.ServiceAgent, false)]
    [InlineData(CrmRole.Legal, false)]
    public async Task NewCustomerButton_IsOfferedOnlyToRolesThatMayRegister(CrmRole role, bool offered)
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(role, _east));

        var page = RenderPage(context);

        page.WaitForAssertion(() => Assert.Equal(offered, page.FindAll("[data-testid=new-customer]").Count == 1));
    }

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage(CrmTestContext context) =>
        context.RenderHosted<CustomersPage>();
}
