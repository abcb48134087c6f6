using Bunit;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Components.Layout;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-1/CON-5: the drawer offers receivables and the ledger to those who read contracts, and not to service staff.</summary>
public sealed class ReceivableNavTests
{
    [Theory]
    [InlineData(CrmRole.SalesRep, true)]
    [InlineData(CrmRole.SalesManager, true)]
    [InlineData(CrmRole.MarketingDirector, true)]
    [InlineData(CrmRole.Collector, true)]
    [InlineData(CrmRole.Legal, true)]
    [InlineData(CrmRole.ServiceAgent, false)]
    [InlineData(CrmRole.ServiceManager, false)]
    public async Task AR1_CON5_Drawer_ShowsReceivablesAndTheLedger_ToThoseWhoReadContracts(CrmRole role, bool shown)
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var user = await organisation.UserAsync(role, await organisation.RegionAsync("East"));
        await using var context = new CrmTestContext(database);
        context.SignIn(user);

        var links = context.Render<NavMenu>().FindAll("a[href]").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal((shown, shown), (links.Contains("/receivables"), links.Contains("/contracts/ledger")));
    }
}
