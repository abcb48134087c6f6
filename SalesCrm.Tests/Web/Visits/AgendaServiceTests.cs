using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Tests.Web.Visits;

/// <summary>VIS-3's follow-up agenda and VIS-5's requested visits through the agenda service.</summary>
public sealed class AgendaServiceTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private TestDatabase _database = default!;
    private VisitScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await VisitScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task VIS3_TodayShowsOverdueFirst_ThenByPriority_ThisWeekAddsTheRestUntilSunday()
    {
        // Planned on Monday 2 March; looked at on Wednesday 4 March.
        await _s.PlannedAsync(_s.Rep, 0, Priority.Low, text: "overdue");
        await _s.PlannedAsync(_s.Rep, 2, Priority.Low, text: "today low");
        await _s.PlannedAsync(_s.Rep, 2, Priority.High, text: "today high");
        await _s.PlannedAsync(_s.Rep, 4, Priority.High, text: "friday");
        await _s.PlannedAsync(_s.Rep, 7, Priority.High, text: "next monday");
        await _s.PlannedAsync(_s.AccountManager, 2, Priority.High, text: "someone else's");
        _database.Time.Advance(TimeSpan.FromDays(2));
        var agenda = _database.SignIn(_s.Rep).Agenda;

        var today = await agenda.AgendaAsync(AgendaView.Today, FirstPage);
        var week = await agenda.AgendaAsync(AgendaView.ThisWeek, FirstPage);

        Assert.Equal(["overdue", "today high", "today low"], today.Items.Select(r => r.PurposeText));
        Assert.Equal([true, false, false], today.Items.Select(r => r.IsOverdue));
        Assert.Equal(["overdue", "today high", "today low", "friday"], week.Items.Select(r => r.PurposeText));
    }

    [Fact]
    public async Task VIS3_CompletingAPlannedContact_LogsIt_AndTheAgendaNoLongerShowsIt()
    {
        var planId = await _s.PlannedAsync(_s.Rep, 0);
        var rep = _database.SignIn(_s.Rep);

        var result = await rep.Visits.LogAsync(_s.Form(ContactKind.Phone), planId);

        Assert.True(result.Saved);
        Assert.Empty((await rep.Agenda.AgendaAsync(AgendaView.Today, FirstPage)).Items);
        await using var db = _database.CreateContext();
        var plan = await db.PlannedContacts.SingleAsync(p => p.Id == planId);
        Assert.Equal((PlannedContactStatus.Done, result.Id), (plan.Status, plan.ContactLogId));
    }

    [Fact]
    public async Task VIS5_ARequestedVisit_CannotBeCancelled_AndIsListedUntilAnOnSiteVisitDoesIt()
    {
        var planId = await _s.PlannedAsync(_s.Rep, 1, Priority.High, ContactPurpose.RequestedVisit, "客户要求上门 The customer asked for a visit");
        var rep = _database.SignIn(_s.Rep);

        var refused = Assert.Single(await rep.Agenda.CancelAsync(planId));
        var listed = await _database.SignIn(_s.Manager).Agenda.RequestedVisitsAsync(FirstPage);
        var byPhone = await rep.Visits.LogAsync(_s.Form(ContactKind.Phone), planId);
        var stillListed = await rep.Agenda.RequestedVisitsAsync(FirstPage);
        await _s.LoggedAsync(_s.Rep, _s.Form(ContactKind.OnSiteVisit));
        var visited = await rep.Visits.LogAsync(_s.Form(ContactKind.OnSiteVisit), planId);

        Assert.Equal("Plan.RequestedVisitCannotBeCancelled", refused.Code);
        Assert.Equal(planId, Assert.Single(listed.Items).Id);
        Assert.Equal("Plan.RequestedVisitNeedsVisit", Assert.Single(byPhone.Errors).Code);
        Assert.Single(stillListed.Items);
        Assert.True(visited.Saved);
        Assert.Empty((await rep.Agenda.RequestedVisitsAsync(FirstPage)).Items);
    }

    [Fact]
    public async Task VIS3_ARegularContact_IsCancelled_AndARequestedVisitIsRescheduled()
    {
        var regular = await _s.PlannedAsync(_s.Rep, 1);
        var requested = await _s.PlannedAsync(_s.Rep, 1, purpose: ContactPurpose.RequestedVisit);
        var agenda = _database.SignIn(_s.Rep).Agenda;

        Assert.Empty(await agenda.CancelAsync(regular));
        Assert.Empty(await agenda.RescheduleAsync(requested, _s.Today.AddDays(3)));

        Assert.Equal(_s.Today.AddDays(3), (await agenda.GetAsync(requested))!.DueOn);
        Assert.Equal(["Plan.DueInPast"], (await agenda.RescheduleAsync(requested, _s.Today.AddDays(-1))).Select(e => e.Code));
    }

    [Fact]
    public async Task VIS3_AManagerPlansForSomeoneOfTheRegion_ARepOnlyForThemselves()
    {
        var form = new PlanForm { CustomerId = _s.Customer.Id, AssigneeId = _s.Rep.Id, DueOn = _s.Today, PurposeText = "季度拜访 Quarterly visit" };

        var byManager = await _database.SignIn(_s.Manager).Agenda.PlanAsync(form);
        form.AssigneeId = _s.OtherRep.Id;
        var byAccountManager = await _database.SignIn(_s.AccountManager).Agenda.PlanAsync(form);

        Assert.True(byManager.Saved);
        Assert.Equal("Plan.AssigneeInvalid", Assert.Single(byAccountManager.Errors).Code);
        Assert.Single((await _database.SignIn(_s.Rep).Agenda.AgendaAsync(AgendaView.Today, FirstPage)).Items);
    }

    [Fact]
    public async Task VIS3_APlanWithoutADay_IsRefusedNextToTheDay()
    {
        var result = await _database.SignIn(_s.Rep).Agenda.PlanAsync(new PlanForm { CustomerId = _s.Customer.Id, PurposeText = "x" });

        Assert.Equal(["DueOn"], result.Errors.Select(e => e.Field));
    }
}
