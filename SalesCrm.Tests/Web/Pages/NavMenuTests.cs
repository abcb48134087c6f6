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
        var links = await LinksFor(role);

        Assert.Equal(customers, links.Contains("/customers"));
        Assert.Equal(administration, links.Contains("/admin/users"));
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
        var links = await LinksFor(role);

        Assert.Equal(disputes, links.Contains("/ownership/disputes"));
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
        var links = await LinksFor(role);

        Assert.Contains("/catalogue/products", links);
    }

    /// <summary>The drawer's link targets as <paramref name="role"/> sees them.</summary>
    private static async Task<IReadOnlyList<string?>> LinksFor(CrmRole role)
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var user = await organisation.UserAsync(role, await organisation.RegionAsync("East"));
        await using var context = new CrmTestContext(database);
        context.SignIn(user);
        return context.Render<NavMenu>().FindAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
    }
}
