using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Complaints;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Complaints;

/// <summary>SVC-1..4 as customer service, the director and the owning rep see the pages.</summary>
public sealed class ServicePagesTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ServiceScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await ServiceScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SVC3_TheList_ShowsTheTimeLeft_AndAnOverdueRowStandsOut()
    {
        await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromHours(50));
        await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromHours(40));

        var page = Render<ServiceRequestsPage>(_s.Agent);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=service-first-response]").Count));
        var chips = page.FindAll("[data-testid=service-first-response]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Overdue by 1 d 18 h", "8 h 0 min left"], chips);
        var rows = page.FindAll("[data-testid=service-table] tbody tr");
        Assert.Contains("sla-overdue", rows[0].ClassName);
        Assert.Contains("sla-due-soon", rows[1].ClassName);
    }

    [Fact]
    public async Task SVC1_LoggingWithoutAMatter_ShowsTheMessageNextToTheField_AndKeepsWhatWasTyped()
    {
        var page = Render<ServiceRequestNewPage>(_s.Agent);
        page.WaitForAssertion(() => page.Find("[data-testid=service-complainant]"));

        await page.ChangeTo("[data-testid=service-complainant]", "王经理");
        await page.ClickOn("[data-testid=service-save]");

        page.WaitForAssertion(() => Assert.Contains("Describe the matter.", FieldOf(page, "service-matter-input")));
        Assert.Contains("Choose what the matter is about.", FieldOf(page, "service-category"));
        Assert.Equal("王经理", page.Find("[data-testid=service-complainant]").GetAttribute("value"));
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ServiceRequests.CountAsync());
    }

    [Fact]
    public async Task SVC1_ARepIsToldOnlyServiceLogs_AndGetsNoForm()
    {
        var page = Render<ServiceRequestNewPage>(_s.Rep);

        page.WaitForAssertion(() => page.Find("[data-testid=service-new-not-allowed]"));
        Assert.Empty(page.FindAll("[data-testid=service-save]"));
    }

    [Fact]
    public async Task SVC2_TheDirectorIsOfferedTheApproval_TheAgentIsNot()
    {
        var id = await _s.ProposedComplaintAsync();

        var director = Render<ServiceRequestPage>(_s.Director, ("Id", id));
        var agent = Render<ServiceRequestPage>(_s.Agent, ("Id", id));

        director.WaitForAssertion(() => director.Find("[data-testid=service-approve]"));
        agent.WaitForAssertion(() => agent.Find("[data-testid=service-measures]"));
        Assert.Empty(agent.FindAll("[data-testid=service-approve]"));
        Assert.Contains("更换电池", agent.Find("[data-testid=service-measures]").TextContent);
        Assert.Contains("Awaiting the marketing director", agent.Find("[data-testid=service-approved-by]").TextContent);
    }

    [Fact]
    public async Task SEC1_AnotherRegionsAgent_SeesNotFound()
    {
        var id = await _s.LoggedComplaintAsync();

        var page = Render<ServiceRequestPage>(_s.WestAgent, ("Id", id));

        page.WaitForAssertion(() => page.Find("[data-testid=service-not-found]"));
        Assert.Empty(page.FindAll("[data-testid=service-details]"));
    }

    [Fact]
    public async Task SVC4_TheOwningRep_SeesTheComplaintInTheCustomersArchive()
    {
        await _s.LoggedComplaintAsync();

        var tab = Render<CustomerServiceRequests>(_s.Rep, ("CustomerId", _s.Customer.Id));

        tab.WaitForAssertion(() => Assert.Contains("三台叉车电池续航不足", tab.Find("[data-testid=customer-service-matter]").TextContent));
    }

    [Fact]
    public async Task VIS4_ALowReturnVisitScore_IsFollowedUpAsAComplaint_StartingFromWhatTheCustomerSaid()
    {
        var logged = await _database.SignIn(_s.Rep).Visits.LogAsync(new SalesCrm.Web.Features.Visits.VisitForm
        {
            CustomerId = _s.Customer.Id, Kind = SalesCrm.Domain.Visits.ContactKind.OnSiteVisit, Purpose = SalesCrm.Domain.Visits.ContactPurpose.ReturnVisit,
            OccurredAt = _database.Time.GetUtcNow().AddHours(-2), Participants = "仓库主管 Warehouse lead", Notes = "叉车仍有异响 The forklifts still make noise", SatisfactionScore = 1,
        });
        var visit = logged.Id!.Value;

        var tab = Render<SalesCrm.Web.Features.Visits.CustomerVisits>(_s.Agent, ("CustomerId", _s.Customer.Id));
        tab.WaitForAssertion(() => Assert.Equal($"/service/new?customer={_s.Customer.Id}&visit={visit}", tab.Find("[data-testid=visit-follow-up]").GetAttribute("href")));

        var context = new CrmTestContext(_database);
        _contexts.Add(context);
        context.SignIn(_s.Agent);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/service/new?customer={_s.Customer.Id}&visit={visit}");
        var page = context.RenderHosted<ServiceRequestNewPage>();

        page.WaitForAssertion(() => Assert.Contains("The forklifts still make noise", page.Find("[data-testid=service-matter-input]").TextContent));
        Assert.Contains("satisfaction 1/5", page.Find("[data-testid=service-matter-input]").TextContent);
        Assert.Contains("杭州物流有限公司", page.Find("[data-testid=service-customer]").GetAttribute("value"));
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Render<TPage>(CrmUser user, params (string Name, object? Value)[] parameters)
        where TPage : IComponent
    {
        var context = new CrmTestContext(_database);
        _contexts.Add(context);
        context.SignIn(user);
        return context.RenderHosted<TPage>(parameters);
    }

    private readonly List<CrmTestContext> _contexts = [];

    /// <summary>The field's whole control — its input and the message under it.</summary>
    private static string FieldOf(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.TextContent ?? string.Empty;
}
