using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Tests.Web.Visits;

/// <summary>VIS-4 on a real database: a return visit a month while a contract is in execution, and low scores passed on.</summary>
public sealed class ReturnVisitTests : IAsyncLifetime
{
    private ContractScenario _s = default!;
    private Guid _contract;

    public async Task InitializeAsync()
    {
        _s = await ContractScenario.CreateAsync();
        _contract = await _s.SignedContractAsync();
        Assert.Empty(await _s.RepContracts.StartExecutionAsync(_contract));
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task VIS4_NoReturnVisitIsOwedInTheSigningMonth_TheNextMonthsIsPlannedOnce_OnTheOwnersAgenda()
    {
        var service = _s.Database.SignIn(_s.Rep).ReturnVisits;
        Assert.Equal(0, await service.PlanDueAsync());

        _s.Database.Time.Advance(TimeSpan.FromDays(35));
        Assert.Equal(1, await service.PlanDueAsync());
        Assert.Equal(0, await service.PlanDueAsync());

        var week = await _s.Database.SignIn(_s.Rep).Agenda.AgendaAsync(AgendaView.ThisWeek, new PageRequest(0, 25));
        var month = await _s.Database.SignIn(_s.Rep).Agenda.ForCustomerAsync(_s.Customer.Id);
        var plan = Assert.Single(month!, p => p.Purpose == ContactPurpose.ReturnVisit);
        Assert.Equal(new DateOnly(2026, 4, 30), plan.DueOn);
        Assert.DoesNotContain(week.Items, p => p.Id == plan.Id);
        await using var db = _s.Database.CreateContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientId == _s.Rep.Id && n.Kind == NotificationKind.ReturnVisitPlanned));
    }

    [Fact]
    public async Task VIS4_LoggingTheReturnVisit_CoversTheMonth_AndALowScoreTellsTheRegionsManager()
    {
        var rep = _s.Database.SignIn(_s.Rep);
        _s.Database.Time.Advance(TimeSpan.FromDays(35));
        await rep.ReturnVisits.PlanDueAsync();
        var plan = Assert.Single((await rep.Agenda.ForCustomerAsync(_s.Customer.Id))!, p => p.Purpose == ContactPurpose.ReturnVisit);

        var result = await rep.Visits.LogAsync(new VisitForm
        {
            CustomerId = _s.Customer.Id, Kind = ContactKind.OnSiteVisit, Purpose = ContactPurpose.ReturnVisit, OccurredAt = _s.Database.Time.GetUtcNow().AddHours(-1),
            Participants = "仓库主管 Warehouse lead", Notes = "两台叉车仍有异响 Two forklifts still make noise", SatisfactionScore = 2,
        }, plan.Id);

        Assert.Empty(result.Errors);
        Assert.Equal(0, await rep.ReturnVisits.PlanDueAsync());
        await using var db = _s.Database.CreateContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientId == _s.Manager.Id && n.Kind == NotificationKind.LowReturnVisitScore));

        _s.Database.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, await rep.ReturnVisits.PlanDueAsync());
    }

    [Fact]
    public async Task VIS4_AGoodScoreTellsNobody()
    {
        var rep = _s.Database.SignIn(_s.Rep);
        _s.Database.Time.Advance(TimeSpan.FromDays(35));

        var result = await rep.Visits.LogAsync(new VisitForm
        {
            CustomerId = _s.Customer.Id, Kind = ContactKind.Phone, Purpose = ContactPurpose.ReturnVisit, OccurredAt = _s.Database.Time.GetUtcNow().AddHours(-1),
            Participants = "采购经理 Purchasing manager", Notes = "运行良好 Running well", SatisfactionScore = 5,
        });

        Assert.Empty(result.Errors);
        await using var db = _s.Database.CreateContext();
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.Kind == NotificationKind.LowReturnVisitScore));
        Assert.Equal(0, await rep.ReturnVisits.PlanDueAsync());
    }
}
