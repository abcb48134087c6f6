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
    [InlineData(CrmRole.SalesRep, "day-agenda,day-pipeline,day-role")]
    [InlineData(CrmRole.AccountManager, "day-compliance,day-agenda,day-pipeline,day-role")]
    [InlineData(CrmRole.SalesManager, "day-flags,day-compliance,day-agenda,day-pipeline,day-role")]
    [InlineData(CrmRole.ServiceAgent, "day-service,day-role")]
    [InlineData(CrmRole.Legal, "day-legal,day-role")]
    public async Task MyDay_ShowsEachRoleWhatItNeedsFirst(CrmRole role, string cards) // issue 6 §12, SEC-1
    {
        await using var context = await SignedInAsync(role);

        var page = context.RenderHosted<HomePage>();

        page.WaitForAssertion(() => Assert.Equal(cards.Split(','), page.FindAll("[data-testid=my-day] > .day-card").Select(c => c.GetAttribute("data-testid"))));
    }

    [Fact]
    public async Task MyDay_TIER3_TheAccountManagerSeesTheirATierCustomerBehindOnVisits()
    {
        var accountManager = await _organisation.UserAsync(CrmRole.AccountManager, _east, "刘洋");
        await ATierCustomerAsync("杭州物流有限公司", accountManager);
        var context = new CrmTestContext(_database);
        context.SignIn(accountManager);
        await using var _ = context;

        var page = context.RenderHosted<HomePage>();

        page.WaitForAssertion(() => Assert.Contains("杭州物流有限公司", page.Find("[data-testid=day-behind]").TextContent, StringComparison.Ordinal));
        Assert.Contains("0 of 2 visits", page.Find("[data-testid=day-behind]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyDay_TIER2_TheManagerIsFlaggedAnATierCustomerWithoutAnAccountManager()
    {
        await ATierCustomerAsync("宁波港务有限公司", accountManager: null);
        await using var context = await SignedInAsync(CrmRole.SalesManager);

        var page = context.RenderHosted<HomePage>();

        page.WaitForAssertion(() => Assert.Contains("without an account manager: 1", page.Find("[data-testid=day-flag-unassigned]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyDay_SVC3_AServiceAgentSeesTheOverdueCount()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var scenario = await ServiceScenario.CreateAsync(database);
        await scenario.LoggedComplaintAsync();
        database.Time.Advance(TimeSpan.FromHours(49));
        var context = new CrmTestContext(database);
        context.SignIn(scenario.Agent);
        await using var _ = context;

        var page = context.RenderHosted<HomePage>();

        page.WaitForAssertion(() => Assert.Equal("Overdue: 1", page.Find("[data-testid=day-service-overdue]").TextContent.Trim()));
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

    private async Task ATierCustomerAsync(string name, CrmUser? accountManager)
    {
        var owner = await _organisation.UserAsync(CrmRole.SalesRep, _east);
        var builder = new CustomerBuilder().Named(name);
        var customer = await (accountManager is null ? builder : builder.ManagedBy(accountManager)).SaveAsync(_database, owner);
        await using var db = _database.CreateContext(SalesCrm.Web.Data.Auditing.AuditActor.System);
        var stored = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Customers, c => c.Id == customer.Id);
        stored.OverrideTier(SalesCrm.Domain.Customers.Tier.A, "集团采购潜力 Group purchasing potential", owner.Id, _database.Time.GetUtcNow());
        await db.SaveChangesAsync();
    }

    private async Task<CrmTestContext> SignedInAsync(CrmRole role, string? name = null)
    {
        CrmUser user = await _organisation.UserAsync(role, _east, name);
        var context = new CrmTestContext(_database);
        context.SignIn(user);
        return context;
    }
}
