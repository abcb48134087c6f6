using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
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
    [InlineData(CrmRole.MarketingDirector, true)]
    [InlineData(CrmRole.Administrator, true)]
    [InlineData(CrmRole.SalesManager, false)]
    [InlineData(CrmRole.SalesRep, false)]
    [InlineData(CrmRole.Collector, false)]
    public async Task SEC3_Drawer_ShowsExportsToTheDirectorAndAdministratorsOnly(CrmRole role, bool exports)
    {
        var links = await LinksFor(role);

        Assert.Equal(exports, links.Contains("/admin/exports"));
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

    // A manager's twenty pages: the daily work stands on its own, the rest folds into groups, and a group of one link
    // is shown as that link (a rep has one report); the director's administration pages are lost reasons and exports.
    [Fact]
    public async Task Drawer_KeepsTheDailyWorkOnTop_AndFoldsTheRestIntoGroups()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");

        var manager = await Drawer(database, await organisation.UserAsync(CrmRole.SalesManager, east), "/", m => (GroupTitles(m), TopLinks(m)));
        var director = await Drawer(database, await organisation.UserAsync(CrmRole.MarketingDirector, east), "/", m => (GroupTitles(m), TopLinks(m)));
        var rep = await Drawer(database, await organisation.UserAsync(CrmRole.SalesRep, east), "/", m => (GroupTitles(m), TopLinks(m)));

        Assert.Equal(["Ownership", "Contracts & receivables", "Performance", "Reports"], manager.Item1);
        Assert.Equal(["/", "/customers", "/leads", "/pipeline", "/agenda", "/care", "/customers/notices", "/service", "/notifications"], manager.Item2);
        Assert.Equal(["Ownership", "Contracts & receivables", "Performance", "Reports", "Administration"], director.Item1);
        Assert.Contains("/customers/tiers", rep.Item2);
        Assert.DoesNotContain("Reports", rep.Item1);
    }

    [Fact]
    public async Task Drawer_OpensTheGroupOfThePageShown_AndNoOther()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var manager = await organisation.UserAsync(CrmRole.SalesManager, await organisation.RegionAsync("East"));

        var onLedger = await Drawer(database, manager, "/contracts/ledger?region=1", OpenGroups);
        var onMonthly = await Drawer(database, manager, "/receivables/monthly", OpenGroups);

        Assert.Equal(["Contracts & receivables"], onLedger);
        Assert.Equal(["Reports"], onMonthly);
    }

    [Theory]
    [InlineData("/contracts/ledger", "/contracts/ledger")]
    [InlineData("/contracts/7f0c", "/contracts")]
    [InlineData("/customers/tiers", "/customers/tiers")]
    [InlineData("/customers/42", "/customers")]
    public async Task Drawer_HighlightsOnlyThePagesOwnLink(string path, string highlighted)
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var manager = await organisation.UserAsync(CrmRole.SalesManager, await organisation.RegionAsync("East"));

        var active = await Drawer(database, manager, path, menu => menu.FindAll("a.active").Select(a => a.GetAttribute("href") ?? "").ToArray());

        Assert.Equal([highlighted], active);
    }

    [Theory]
    [InlineData("/contracts/7f0c", "Nav.Group.Contracts")]
    [InlineData("/contracts/ledger", "Nav.Group.Contracts")]
    [InlineData("/receivables/monthly", "Nav.Group.Reports")]
    [InlineData("/receivables", "Nav.Group.Contracts")]
    [InlineData("/ownership/disputes/12", "Nav.Group.Ownership")]
    [InlineData("/service/dashboard", "Nav.Group.Reports")]
    [InlineData("/customers/tiers", "Nav.Group.Reports")]
    [InlineData("/customers/42", null)]
    [InlineData("/servicex", null)]
    [InlineData("/", null)]
    public void GroupOf_IsTheGroupOfTheLongestLinkThePageIsUnder(string path, string? group)
    {
        Assert.Equal(group, NavSections.GroupOf(path));
    }

    /// <summary>The drawer's link targets as <paramref name="role"/> sees them.</summary>
    private static async Task<IReadOnlyList<string?>> LinksFor(CrmRole role)
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var user = await organisation.UserAsync(role, await organisation.RegionAsync("East"));
        return await Drawer(database, user, "/", menu => menu.FindAll("a[href]").Select(a => a.GetAttribute("href")).ToList());
    }

    /// <summary>What <paramref name="read"/> finds in the drawer as <paramref name="user"/> sees it on <paramref name="path"/>.</summary>
    private static async Task<T> Drawer<T>(TestDatabase database, SalesCrm.Web.Auth.CrmUser user, string path, Func<IRenderedComponent<NavMenu>, T> read)
    {
        await using var context = new CrmTestContext(database);
        context.SignIn(user);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        return read(context.Render<NavMenu>());
    }

    private static string[] GroupTitles(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("nav.mud-nav-group").Select(n => n.GetAttribute("aria-label") ?? "").ToArray();

    private static string[] OpenGroups(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("nav.mud-nav-group").Where(n => n.QuerySelector("button")?.GetAttribute("aria-expanded") == "true")
            .Select(n => n.GetAttribute("aria-label") ?? "").ToArray();

    private static string[] TopLinks(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a[href]").Where(a => a.Closest("nav.mud-nav-group") is null).Select(a => a.GetAttribute("href") ?? "").ToArray();
}
