using System.Globalization;
using Bunit;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using HomePage = SalesCrm.Web.Features.Home.Home;

namespace SalesCrm.Tests.Web.Home;

public sealed class HomePageTests : IAsyncLifetime
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
    public async Task Home_GreetsTheUserByNameAndExplainsTheirRole()
    {
        await using var context = await SignedInAsync(CrmRole.ServiceAgent, "Chen Jing");

        var page = context.Render<HomePage>();

        Assert.Contains("Good to see you, Chen Jing", page.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Contains("You keep your region's customer files.", page.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CrmRole.SalesRep, true)]
    [InlineData(CrmRole.ServiceManager, true)]
    [InlineData(CrmRole.Legal, false)]
    [InlineData(CrmRole.Collector, false)]
    public async Task CustomersCard_IsShownOnlyToRolesThatMayReadCustomers(CrmRole role, bool shown) // SEC-1
    {
        await using var context = await SignedInAsync(role);

        var page = context.Render<HomePage>();

        Assert.Equal(shown, page.FindAll("a[href='/customers']").Count > 0);
    }

    [Fact]
    public async Task ChineseUser_IsGreetedInChinese()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
            await using var context = await SignedInAsync(CrmRole.SalesRep, "张伟");

            var page = context.Render<HomePage>();

            Assert.Contains("欢迎回来，张伟", page.Find("h1").TextContent, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private async Task<CrmTestContext> SignedInAsync(CrmRole role, string? name = null)
    {
        CrmUser user = await _organisation.UserAsync(role, _east, name);
        var context = new CrmTestContext(_database);
        context.SignIn(user);
        return context;
    }
}
