using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Tests.Web.Complaints;

/// <summary>The service dashboard's figures (issue 7 §5; SVC-2/3, KPI-2) on a real database, counted over the user's scope (SEC-1).</summary>
public sealed class ServiceDashboardServiceTests : IAsyncLifetime
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
    public async Task SVC3_OpenItems_AreCountedByEveryStatusButClosed_AndByKind_WithZeroes()
    {
        await _s.LoggedComplaintAsync();
        await AssignAsync(await _s.LoggedComplaintAsync());
        await AnswerAsync(await LogAsync(ServiceRequestKind.Inquiry, ServiceCategory.OrderTracking));
        var closed = await LogAsync(ServiceRequestKind.Inquiry, ServiceCategory.OrderTracking);
        await AnswerAsync(closed);
        ServiceScenario.Ensure(await _s.AgentSession.Service.CloseAsync(closed));

        var dashboard = await DashboardOf(_s.ServiceManager);

        Assert.Equal(
            [(ServiceRequestStatus.Received, 1), (ServiceRequestStatus.UnderInvestigation, 1), (ServiceRequestStatus.SolutionProposed, 0),
                (ServiceRequestStatus.BeingResolved, 0), (ServiceRequestStatus.Resolved, 0), (ServiceRequestStatus.Answered, 1)],
            dashboard.OpenByStatus.Select(s => (s.Key, s.Count)).ToList());
        Assert.Equal(
            [(ServiceRequestKind.Complaint, 2), (ServiceRequestKind.Inquiry, 1), (ServiceRequestKind.Suggestion, 0), (ServiceRequestKind.ReturnOrExchange, 0)],
            dashboard.OpenByKind.Select(k => (k.Key, k.Count)).ToList());
        Assert.Equal(3, dashboard.Open);
    }

    [Fact]
    public async Task SVC3_Overdue_CountsAFirstResponsePastDue_AndASolutionPastItsDeadline_NotWhatIsStillInTime()
    {
        await _s.BeingResolvedComplaintAsync();
        await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromDays(8) + TimeSpan.FromHours(1));
        await _s.LoggedComplaintAsync();

        var dashboard = await DashboardOf(_s.ServiceManager);

        Assert.Equal(2, dashboard.Overdue);
        Assert.Equal(3, dashboard.Open);
    }

    [Fact]
    public async Task SVC3_FirstResponseRate_AnsweredIn47HoursCounts_In49HoursDoesNot_AndOneStillInTimeIsNotJudged()
    {
        var quick = await _s.LoggedComplaintAsync();
        var slow = await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromHours(47));
        await AssignAsync(quick);
        _database.Time.Advance(TimeSpan.FromHours(2));
        await AssignAsync(slow);
        await _s.LoggedComplaintAsync();

        var rate = (await DashboardOf(_s.ServiceManager)).FirstResponse;

        Assert.Equal((2, 1, 50.0), (rate.Measured, rate.InTime, rate.Percent));
    }

    [Fact]
    public async Task SVC3_AnUnansweredRequestPastDue_CountsAgainstTheFirstResponseRate()
    {
        await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));

        var rate = (await DashboardOf(_s.ServiceManager)).FirstResponse;

        Assert.Equal((1, 0, 0.0), (rate.Measured, rate.InTime, rate.Percent));
    }

    [Fact]
    public async Task SVC3_TheFirstResponseRate_IsNull_WhenNothingIsMeasuredThisMonth()
    {
        await _s.LoggedComplaintAsync();

        var rate = (await DashboardOf(_s.ServiceManager)).FirstResponse;

        Assert.Equal((0, (double?)null), (rate.Measured, rate.Percent));
    }

    [Fact]
    public async Task SVC2_TheAverageTimeToResolve_IsTheMeanOfTheComplaintsResolvedThisMonth()
    {
        var first = await _s.BeingResolvedComplaintAsync();
        var second = await _s.BeingResolvedComplaintAsync();
        Assert.Equal((0, (TimeSpan?)null), Resolution(await DashboardOf(_s.ServiceManager)));

        _database.Time.Advance(TimeSpan.FromHours(24));
        await ResolveAsync(first, 5);
        _database.Time.Advance(TimeSpan.FromHours(32));
        await ResolveAsync(second, 3);

        Assert.Equal((2, (TimeSpan?)TimeSpan.FromHours(40)), Resolution(await DashboardOf(_s.ServiceManager)));
    }

    [Fact]
    public async Task SVC2_CAL1_TheSatisfactionTrend_AveragesScoresByCompanyMonthOfResolution_AcrossAMonthBoundary()
    {
        var march = await _s.BeingResolvedComplaintAsync();
        var april = await _s.BeingResolvedComplaintAsync();
        var alsoApril = await _s.BeingResolvedComplaintAsync();
        // 23:59 on 31 March in Beijing; two minutes later it is April there, while still 31 March in UTC.
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 15, 59, 0, TimeSpan.Zero));
        await ResolveAsync(march, 4);
        _database.Time.Advance(TimeSpan.FromMinutes(2));
        await ResolveAsync(april, 2);
        await ResolveAsync(alsoApril, 5);

        var dashboard = await DashboardOf(_s.ServiceManager);

        Assert.Equal(
            [(new DateOnly(2025, 11, 1), null), (new DateOnly(2025, 12, 1), null), (new DateOnly(2026, 1, 1), null),
                (new DateOnly(2026, 2, 1), null), (new DateOnly(2026, 3, 1), 4.0), (new DateOnly(2026, 4, 1), (double?)3.5)],
            dashboard.SatisfactionTrend.Select(m => (m.Month, m.Average)).ToList());
        Assert.Equal(2, dashboard.SatisfactionThisMonth!.Scores);
    }

    [Fact]
    public async Task SVC1_ComplaintsByCategory_CountOnlyComplaintsOfTheLast90Days_MostFirst()
    {
        await LogAsync(ServiceRequestKind.Complaint, ServiceCategory.ProductQuality);
        _database.Time.Advance(TimeSpan.FromDays(91));
        await LogAsync(ServiceRequestKind.Complaint, ServiceCategory.Delivery);
        await LogAsync(ServiceRequestKind.Complaint, ServiceCategory.Delivery);
        await LogAsync(ServiceRequestKind.Complaint, ServiceCategory.Billing);
        await LogAsync(ServiceRequestKind.Inquiry, ServiceCategory.OrderTracking);

        var categories = (await DashboardOf(_s.ServiceManager)).ComplaintsByCategory;

        Assert.Equal([(ServiceCategory.Delivery, 2), (ServiceCategory.Billing, 1)], categories.Where(c => c.Count > 0).Select(c => (c.Key, c.Count)).ToList());
        Assert.Equal(Enum.GetValues<ServiceCategory>().Length, categories.Count);
    }

    [Fact]
    public async Task SEC1_AWestRequest_IsNotCountedForTheEastServiceManager_ButIsForTheDirector()
    {
        await _s.LoggedComplaintAsync();
        var form = _s.ComplaintForm();
        form.Customer = null;
        Assert.NotNull((await _database.SignIn(_s.WestAgent).Service.LogAsync(form)).Id);

        Assert.Equal(1, (await DashboardOf(_s.ServiceManager)).Open);
        Assert.Equal(2, (await DashboardOf(_s.Director)).Open);
    }

    [Fact]
    public async Task SEC1_NothingLoggedInTheRegion_IsAnEmptyDashboard()
    {
        var form = _s.ComplaintForm();
        form.Customer = null;
        Assert.NotNull((await _database.SignIn(_s.WestAgent).Service.LogAsync(form)).Id);

        Assert.False((await DashboardOf(_s.ServiceManager)).HasRequests);
        Assert.True((await DashboardOf(_s.Director)).HasRequests);
    }

    [Theory]
    [InlineData(CrmRole.SalesRep)]
    [InlineData(CrmRole.AccountManager)]
    public async Task SEC1_ARepOrAccountManager_IsRefusedTheDashboard(CrmRole role)
    {
        var user = role == CrmRole.SalesRep ? _s.Rep : _s.AccountManager;

        await Assert.ThrowsAsync<AccessDeniedException>(() => DashboardOf(user));
    }

    private static (int, TimeSpan?) Resolution(ServiceDashboard dashboard) => (dashboard.Resolution.Resolved, dashboard.Resolution.Average);

    private Task<ServiceDashboard> DashboardOf(CrmUser user) => _database.SignIn(user).ServiceDashboard.GetAsync();

    private async Task<Guid> LogAsync(ServiceRequestKind kind, ServiceCategory category)
    {
        var form = _s.ComplaintForm();
        form.Kind = kind;
        form.Category = category;
        return (await _s.AgentSession.Service.LogAsync(form)).Id!.Value;
    }

    private async Task AssignAsync(Guid id) =>
        ServiceScenario.Ensure(await _database.SignIn(_s.ServiceManager).Service.AssignInvestigatorAsync(id, _s.Investigator.Id));

    private async Task AnswerAsync(Guid id) => ServiceScenario.Ensure(await _s.AgentSession.Service.AnswerAsync(id, "11 月 5 日发货 Ships on 5 Nov"));

    private async Task ResolveAsync(Guid id, int score) => ServiceScenario.Ensure(await _s.AgentSession.Service.ResolveAsync(id, "客户满意 Satisfied", score));
}
