using Bunit;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Components.Layout;

namespace SalesCrm.Tests.Web.Pages;

/// <summary>Issue 3 §2: the drawer shows only what the role may use.</summary>
public sealed class NavMenuTests
{
    [Theory]
    [InlineData(CrmRole.SalesRep, true, false)]
    [InlineData(CrmRole.ServiceAgent, true, false)]
    [InlineData(CrmRole.SalesManager, true, false)]
    [InlineData(CrmRole.Administrator, true, true)]
    [InlineData(CrmRole.Legal, false, false)]
    [InlineData(CrmRole.Collector, false, false)]
    public async Task Drawer_ShowsCustomersAndAdministrationOnlyToRolesThatMayUseThem(CrmRole role, bool customers, bool administration)
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var user = await organisation.UserAsync(role, await organisation.RegionAsync("East"));
        await using var context = new CrmTestContext(database);
        context.SignIn(user);

        var menu = context.Render<NavMenu>();

        Assert.Equal(customers, menu.FindAll("a[href='/customers']").Count == 1);
        Assert.Equal(administration, menu.FindAll("a[href='/admin/users']").Count == 1);
    }

    [Theory]
    [InlineData(CrmRole.SalesRep, true)]
    [InlineData(CrmRole.AccountManager, true)]
    [InlineData(CrmRole.SalesManager, true)]
    [InlineData(CrmRole.MarketingDirector, true)]
    [InlineData(CrmRole.ServiceAgent, false)]
    [InlineData(CrmRole.Legal, false)]
    public async Task OWN5_Drawer_ShowsDisputesToSalesStaffAndThoseWhoDecide(CrmRole role, bool disputes)
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var user = await organisation.UserAsync(role, await organisation.RegionAsync("East"));
        await using var context = new CrmTestContext(database);
        context.SignIn(user);

        var menu = context.Render<NavMenu>();

        Assert.Equal(disputes, menu.FindAll("a[href='/ownership/disputes']").Count == 1);
    }

    [Theory]
    [InlineData(CrmRole.SalesRep)]
    [InlineData(CrmRole.AccountManager)]
    [InlineData(CrmRole.SalesManager)]
    [InlineData(CrmRole.MarketingDirector)]
    [InlineData(CrmRole.ServiceAgent)]
    [InlineData(CrmRole.ServiceManager)]
    [InlineData(CrmRole.Legal)]
    [InlineData(CrmRole.Collector)]
    [InlineData(CrmRole.Administrator)]
    public async Task CON1_Drawer_ShowsTheProductCatalogueToEveryRole(CrmRole role)
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var user = await organisation.UserAsync(role, await organisation.RegionAsync("East"));
        await using var context = new CrmTestContext(database);
        context.SignIn(user);

        var menu = context.Render<NavMenu>();

        Assert.Single(menu.FindAll("a[href='/catalogue/products']"));
    }
}
