using Bunit;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Tests.Web.Visits;

/// <summary>The visits tab of the archive, the agenda and the compliance page as their users see them.</summary>
public sealed class VisitPagesTests : IAsyncLifetime
{
    private readonly List<CrmTestContext> _contexts = [];
    private TestDatabase _database = default!;
    private VisitScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await VisitScenario.CreateAsync(_database);
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
    public async Task VIS2_TheVisitsTab_MarksALateEntry_AndShowsTheHistoryOfARecordEditedAfter24Hours()
    {
        var id = await _s.LoggedAsync(_s.Rep, _s.Form(ago: TimeSpan.FromDays(4)));
        _database.Time.Advance(TimeSpan.FromHours(25));
        var correction = _s.Form();
        correction.OccurredAt = _s.Now.AddDays(-5).AddHours(-1);
        correction.Notes = "更正后的记录 The corrected notes";
        Assert.Empty(await _database.SignIn(_s.Rep).Visits.EditAsync(id, correction));

        var tab = Render<CustomerVisits>(_s.Rep, ("CustomerId", _s.Customer.Id));

        tab.WaitForAssertion(() => Assert.Equal("Late entry", tab.Find("[data-testid=visit-late]").TextContent.Trim()));
        Assert.Contains("1 earlier version", tab.Find("[data-testid=visit-edited]").TextContent);
        await tab.ClickOn("[data-testid=visit-edited]");
        tab.WaitForAssertion(() => Assert.Single(tab.FindAll("[data-testid=visit-version]")));
        Assert.Contains("讨论叉车维保 Discussed forklift maintenance", tab.Find("[data-testid=visit-version]").TextContent);
        Assert.Contains("更正后的记录 The corrected notes", tab.Find("[data-testid=visit-history-current]").TextContent);
    }

    [Fact]
    [Trait("Category", TestCategories.CompanyCalendar)]
    public async Task VIS2_CAL1_ATimeChosenInTheDialog_IsReadAsBeijingTime_WithTheSecondsTheBrowserSends()
    {
        var id = await _s.LoggedAsync(_s.Rep);
        var tab = Render<CustomerVisits>(_s.Rep, ("CustomerId", _s.Customer.Id));
        tab.WaitForAssertion(() => tab.Find("[data-testid=visit-edit]"));
        await tab.ClickOn("[data-testid=visit-edit]");
        tab.WaitForAssertion(() => tab.Find("[data-testid=visit-occurred-at]"));

        Assert.Equal("2026-03-02T16:30", tab.Find("[data-testid=visit-occurred-at]").GetAttribute("value"));
        await tab.ChangeTo("[data-testid=visit-occurred-at]", "2026-03-02T09:00:00");
        await tab.ClickOn("[data-testid=visit-save]");

        tab.WaitForAssertion(() => Assert.Empty(tab.FindAll("[data-testid=visit-dialog]")));
        await using var db = _database.CreateContext();
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), (await db.ContactLogs.SingleAsync(l => l.Id == id)).OccurredAt);
    }

    [Fact]
    public async Task VIS2_TheLogDialog_RefusesAFutureTimeNextToTheField_AndKeepsWhatWasTyped()
    {
        var tab = Render<CustomerVisits>(_s.Rep, ("CustomerId", _s.Customer.Id));
        tab.WaitForAssertion(() => tab.Find("[data-testid=visit-log]"));
        await tab.ClickOn("[data-testid=visit-log]");
        tab.WaitForAssertion(() => tab.Find("[data-testid=visit-notes]"));

        await tab.ChangeTo("[data-testid=visit-participants]", "王经理");
        await tab.ChangeTo("[data-testid=visit-notes]", "讨论了新的报价 Discussed the new quote");
        await tab.ChangeTo("[data-testid=visit-occurred-at]", "2026-03-09T10:00");
        await tab.ClickOn("[data-testid=visit-save]");

        tab.WaitForAssertion(() => Assert.Contains("the time cannot be in the future", FieldOf(tab, "visit-occurred-at")));
        Assert.Equal("讨论了新的报价 Discussed the new quote", tab.Find("[data-testid=visit-notes]").GetAttribute("value"));
        Assert.Equal("王经理", tab.Find("[data-testid=visit-participants]").GetAttribute("value"));
        await using var db = _database.CreateContext();
        Assert.False(await db.ContactLogs.AnyAsync());
    }

    [Fact]
    public async Task CUS4_TheAgenda_RemindsOfTheSpringFestivalAFewDaysAhead()
    {
        _database.Time.SetUtcNow(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));

        var page = Render<AgendaPage>(_s.Rep);

        page.WaitForAssertion(() => Assert.Contains("02-06", page.Find("[data-testid=care-strip-holiday]").TextContent));
        Assert.Contains("Spring Festival", page.Find("[data-testid=care-strip]").TextContent);
    }

    [Fact]
    public async Task VIS3_TheAgenda_ShowsTheOverdueContactFirst_AndStandingOut()
    {
        await _s.PlannedAsync(_s.Rep, 2, Priority.High, text: "今天 Today");
        await _s.PlannedAsync(_s.Rep, 0, Priority.Low, text: "逾期 Overdue");
        _database.Time.Advance(TimeSpan.FromDays(2));

        var page = Render<AgendaPage>(_s.Rep);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=agenda-table] tbody tr").Count));
        var rows = page.FindAll("[data-testid=agenda-table] tbody tr");
        Assert.Contains("逾期 Overdue", rows[0].TextContent);
        Assert.Contains("sla-overdue", rows[0].ClassList);
        Assert.Single(page.FindAll("[data-testid=agenda-overdue]"));
        Assert.Contains("今天 Today", rows[1].TextContent);
    }

    [Fact]
    public async Task TIER3_TheCompliancePage_ListsTheACustomerBehindOnVisits_WithTheDaysLeft()
    {
        await _s.GradedAAsync();
        await _s.LoggedAsync(_s.AccountManager);

        var page = Render<CompliancePage>(_s.AccountManager);

        page.WaitForAssertion(() => Assert.Equal("杭州物流有限公司", page.Find("[data-testid=compliance-customer]").TextContent.Trim()));
        Assert.Contains("1 / 2", page.Find("[data-testid=compliance-visits]").TextContent);
        Assert.Equal("1 missing", page.Find("[data-testid=compliance-behind]").TextContent.Trim());
        Assert.Contains("30", page.Find("[data-testid=compliance-days-left]").TextContent);
    }

    private IRenderedComponent<ContainerFragment> Render<TComponent>(CrmUser user, params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        var context = new CrmTestContext(_database);
        _contexts.Add(context);
        context.SignIn(user);
        return context.RenderHosted<TComponent>(parameters);
    }

    /// <summary>The field's whole control — its input and the message under it.</summary>
    private static string FieldOf(IRenderedComponent<ContainerFragment> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.TextContent ?? string.Empty;
}
