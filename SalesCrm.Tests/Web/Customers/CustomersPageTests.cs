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

    // TIER-1 on the list: each row shows its grade; choosing a grade keeps its customers, "All grades" brings the rest back.
    [Fact]
    public async Task GradeChips_FilterTheListByGrade_TIER1()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);
        var group = await new CustomerBuilder().Named("Group Co").SaveAsync(_database, rep);
        await new CustomerBuilder().Named("Small Co").SaveAsync(_database, rep);
        await using (var db = _database.CreateContext())
        {
            (await db.Customers.FindAsync(group.Id))!.Regrade(SalesCrm.Domain.Customers.Tier.A);
            await db.SaveChangesAsync();
        }

        await using var context = new CrmTestContext(_database);
        context.SignIn(rep);
        var page = RenderPage(context);
        string[] Names() => page.FindAll("[data-testid=customer-name]").Select(e => e.TextContent.Trim()).ToArray();
        page.WaitForAssertion(() => Assert.Equal(["Group Co", "Small Co"], Names()));
        Assert.Equal(["Grade A", "Grade C"], page.FindAll("[data-testid=customer-grade]").Select(e => e.TextContent.Trim()));

        page.FindAll("[data-testid=grade-filter] .mud-chip").Single(c => c.TextContent.Contains("Grade A", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Equal(["Group Co"], Names()));

        page.FindAll("[data-testid=grade-filter] .mud-chip").Single(c => c.TextContent.Contains("All grades", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Equal(["Group Co", "Small Co"], Names()));
    }

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage(CrmTestContext context) =>
        context.RenderHosted<CustomersPage>();
}
