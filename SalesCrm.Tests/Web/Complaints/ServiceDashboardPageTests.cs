using System.Globalization;
using Bunit;
using Bunit.Rendering;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Tests.Web.Complaints;

/// <summary>The service dashboard page (issue 7 §5) as the East service manager sees it.</summary>
public sealed class ServiceDashboardPageTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ServiceScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await ServiceScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SVC3_TheDashboard_ShowsOpenOverdueInRed_TheFirstResponseRate_TheTimeToResolve_AndSatisfaction()
    {
        await ArrangeAResolvedAndAnOverdueComplaintAsync();
        await using var context = new CrmTestContext(_database);
        context.SignIn(_s.ServiceManager);

        var page = context.RenderHosted<ServiceDashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("2", Figure(page, "open")));
        Assert.Equal(("1", "50%", "1 d 4 h", "4.0 / 5"), (Figure(page, "overdue"), Figure(page, "first-response"), Figure(page, "time-to-resolve"), Figure(page, "satisfaction")));
        Assert.Contains("mud-error-text", page.Find("[data-testid=figure-overdue] [data-testid=figure-value]").ClassList);
        Assert.Equal("Received 1", page.Find("[data-testid=status-Received]").TextContent.Trim());
        Assert.Equal("Resolved 1", page.Find("[data-testid=status-Resolved]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=dashboard-empty]"));
    }

    [Fact]
    public async Task SVC3_NoOverdueItem_IsNotShownInRed()
    {
        await _s.LoggedComplaintAsync();
        await using var context = new CrmTestContext(_database);
        context.SignIn(_s.ServiceManager);

        var page = context.RenderHosted<ServiceDashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("0", Figure(page, "overdue")));
        Assert.DoesNotContain("mud-error-text", page.Find("[data-testid=figure-overdue] [data-testid=figure-value]").ClassList);
        Assert.Equal("—", Figure(page, "first-response"));
    }

    [Fact]
    public async Task SVC2_TheTimeToResolve_ReadsInChinese()
    {
        await ArrangeAResolvedAndAnOverdueComplaintAsync();
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            await using var context = new CrmTestContext(_database);
            context.SignIn(_s.ServiceManager);

            var page = context.RenderHosted<ServiceDashboardPage>();

            page.WaitForAssertion(() => Assert.Equal("1 天 4 小时", Figure(page, "time-to-resolve")));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    [Fact]
    public async Task SVC3_BeforeAnyRequest_TheDashboardShowsTheEmptyState_AndNoFigures()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_s.ServiceManager);

        var page = context.RenderHosted<ServiceDashboardPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=dashboard-empty]")));
        Assert.Empty(page.FindAll("[data-testid=figure-open]"));
    }

    [Fact]
    public async Task SEC1_ARep_IsToldTheDashboardIsNotForThem()
    {
        await _s.LoggedComplaintAsync();
        await using var context = new CrmTestContext(_database);
        context.SignIn(_s.Rep);

        var page = context.RenderHosted<ServiceDashboardPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=dashboard-not-for-you]")));
        Assert.Empty(page.FindAll("[data-testid=figure-open]"));
    }

    /// <summary>
    /// One complaint answered at once and resolved after 28 hours with a 4, one never answered: 49 hours on, two are
    /// open (resolved is not closed), one is overdue, one of the two first responses was in time.
    /// </summary>
    private async Task ArrangeAResolvedAndAnOverdueComplaintAsync()
    {
        var resolved = await _s.BeingResolvedComplaintAsync();
        await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromHours(28));
        ServiceScenario.Ensure(await _s.AgentSession.Service.ResolveAsync(resolved, "客户满意 Satisfied", 4));
        _database.Time.Advance(TimeSpan.FromHours(21));
    }

    private static string Figure(IRenderedComponent<ContainerFragment> page, string name) =>
        page.Find($"[data-testid=figure-{name}] [data-testid=figure-value]").TextContent.Trim();
}
