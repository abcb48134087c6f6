using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Components.Layout;
using SalesCrm.Web.Features.Notifications;

namespace SalesCrm.Tests.Web.Notifications;

/// <summary>The notification centre's page and the unread badge in the app bar.</summary>
public sealed class NotificationPagesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;
    private CrmUser _manager = null!;
    private CrmUser _claimant = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _manager = await _organisation.AppointedManagerAsync(_east, "王经理");
        _claimant = await _organisation.UserAsync(CrmRole.SalesRep, _east, "吴芳");
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟"));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Page_ShowsTheCollisionInPlainWords_AndAnEmptyStateOtherwise()
    {
        await using (var claimantsView = new CrmTestContext(_database))
        {
            claimantsView.SignIn(_claimant);
            var empty = RenderPage(claimantsView);
            empty.WaitForAssertion(() => Assert.Contains("Nothing new", empty.Find("[data-testid=notifications-empty]").TextContent, StringComparison.Ordinal));
        }

        await _database.SignIn(_claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術").ToForm());
        await using var context = new CrmTestContext(_database);
        context.SignIn(_manager);
        var page = RenderPage(context);

        page.WaitForAssertion(() => Assert.Equal(
            "吴芳 tried to register \u201c華為技術\u201d, a customer your team already owns.",
            page.Find("[data-testid=notification-text]").TextContent.Trim()));
    }

    [Fact]
    public async Task ChineseUser_ReadsThePagersCountInChinese()
    {
        await _database.SignIn(_claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術").ToForm());
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-Hans");
            await using var context = new CrmTestContext(_database);
            context.SignIn(_manager);
            var page = RenderPage(context);

            page.WaitForAssertion(() => Assert.Contains("第 1-1 条，共 1 条", string.Join(" ", page.FindAll(".mud-table-pagination-caption").Select(c => c.TextContent)), StringComparison.Ordinal));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task Badge_CountsUnread_AndUpdatesWhenANotificationArrives()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_manager);
        context.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var bell = context.Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("Notifications", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label")));

        // The claimant's circuit writes the notification and signals the server's other circuits.
        await _database.SignIn(_claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術").ToForm());
        context.Services.GetRequiredService<NotificationSignal>().Raise([_manager.Id]);

        bell.WaitForAssertion(() => Assert.Equal("1 unread notifications", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label")));
        Assert.Contains("1", bell.Find("[data-testid=notification-badge]").TextContent, StringComparison.Ordinal);
    }

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage(CrmTestContext context) =>
        context.RenderHosted<NotificationsPage>();
}
