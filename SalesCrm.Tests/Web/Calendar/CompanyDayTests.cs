using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Tests.Web.Receivables;
using SalesCrm.Web.Features.Complaints;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Tests.Web.Calendar;

/// <summary>
/// CAL-1 through the services, at the hour that used to go wrong: 00:30 on 1 April 2026 in Beijing is 16:30 UTC on
/// 31 March. Every rule takes that moment as 1 April, Q2, April. The test script runs these again with the process in
/// UTC and in America/New_York: the company calendar decides, not the server's zone.
/// </summary>
[Trait("Category", TestCategories.CompanyCalendar)]
public sealed class CompanyDayTests
{
    private static readonly DateTimeOffset FirstOfAprilHalfPastMidnight = new(2026, 3, 31, 16, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly FirstOfApril = new(2026, 4, 1);
    private static readonly PageRequest FirstPage = new(0, 25);

    [Fact]
    public async Task AR1_CAL1_AtHalfPastMidnightOnTheFirstOfApril_APaymentDatedThatDayIsAccepted_TheNextDayIsRefused()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        var collector = await organisation.UserAsync(CrmRole.Collector, east);
        var customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(database, rep);
        var contract = await new SignedContractBuilder(database).Total(100_000m).SaveAsync(customer, rep);
        database.Time.SetUtcNow(FirstOfAprilHalfPastMidnight);
        var receivables = database.SignIn(collector).Receivables;

        var tomorrow = await receivables.RecordPaymentAsync(contract.Id, 1_000m, FirstOfApril.AddDays(1));
        var today = await receivables.RecordPaymentAsync(contract.Id, 1_000m, FirstOfApril);

        Assert.Equal("Receivable.PaidOnFuture", Assert.Single(tomorrow).Code);
        Assert.Empty(today);
    }

    [Fact]
    public async Task TIER3_CAL1_AVisitAtHalfPastMidnightOnTheFirstOfApril_CountsForQ2()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var s = await VisitScenario.CreateAsync(database);
        await s.GradedAAsync();
        database.Time.SetUtcNow(FirstOfAprilHalfPastMidnight.AddMinutes(15));
        var visit = s.Form();
        visit.OccurredAt = FirstOfAprilHalfPastMidnight;
        await s.LoggedAsync(s.AccountManager, visit);

        var compliance = database.SignIn(s.AccountManager).Compliance;
        var row = Assert.Single((await compliance.ListAsync(new ComplianceFilter(BehindOnly: false), FirstPage)).Items);

        Assert.Equal("2026 Q2", compliance.Period().Quarter.ToString());
        Assert.Equal(1, row.Visits);
    }

    [Fact]
    public async Task VIS3_CAL1_AtHalfPastMidnightOnTheFirstOfApril_TheAgendasTodayIsTheFirstOfApril()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var s = await VisitScenario.CreateAsync(database);
        var dueToday = await s.PlannedAsync(s.Rep, dueInDays: FirstOfApril.DayNumber - s.Today.DayNumber);
        var dueTomorrow = await s.PlannedAsync(s.Rep, dueInDays: FirstOfApril.DayNumber - s.Today.DayNumber + 1);
        database.Time.SetUtcNow(FirstOfAprilHalfPastMidnight);

        var today = await database.SignIn(s.Rep).Agenda.AgendaAsync(AgendaView.Today, FirstPage);

        Assert.Equal(FirstOfApril, s.Today);
        Assert.Equal([dueToday], today.Items.Select(i => i.Id));
        Assert.DoesNotContain(dueTomorrow, today.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task VIS4_CAL1_TheAprilReturnVisit_IsPlannedAtHalfPastMidnightOnTheFirstOfApril_NotAMinuteBefore()
    {
        await using var s = await ContractScenario.CreateAsync();
        var contract = await s.SignedContractAsync();
        Assert.Empty(await s.RepContracts.StartExecutionAsync(contract));
        var returnVisits = s.Database.SignIn(s.Rep).ReturnVisits;

        s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 15, 59, 0, TimeSpan.Zero));
        var lastMinuteOfMarch = await returnVisits.PlanDueAsync();
        s.Database.Time.SetUtcNow(FirstOfAprilHalfPastMidnight);
        var firstOfApril = await returnVisits.PlanDueAsync();

        Assert.Equal((0, 1), (lastMinuteOfMarch, firstOfApril));
        var plan = Assert.Single((await s.Database.SignIn(s.Rep).Agenda.ForCustomerAsync(s.Customer.Id))!, p => p.Purpose == ContactPurpose.ReturnVisit);
        Assert.Equal(new DateOnly(2026, 4, 30), plan.DueOn);
    }

    [Fact]
    public async Task CUS3_CAL1_ACustomerLostAtHalfPastMidnightOnTheFirstOfApril_IsInTheAprilBucket()
    {
        await using var s = await GradeScenario.CreateAsync();
        var price = await s.LostReasonAsync("Price too high", "价格过高");
        s.Database.Time.SetUtcNow(FirstOfAprilHalfPastMidnight);
        Assert.Empty(await s.Database.SignIn(s.Rep).Lost.MarkLostAsync(s.Customer.Id, price, "报价高于预算 Over budget"));

        var churn = await s.Database.SignIn(s.Manager).Lost.ChurnAsync();

        Assert.Equal([(FirstOfApril, 1)], churn.ByMonth.Where(m => m.Count > 0).Select(m => (m.Key, m.Count)));
        Assert.Equal(FirstOfApril, churn.ByMonth[^1].Key);
    }

    [Fact]
    public async Task CON1_CAL1_OnNewYearsMorningInBeijing_ANewContractIsNumberedInTheNewYear()
    {
        await using var s = await ContractScenario.CreateAsync();
        s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero));

        var id = await s.DraftAsync(unitPrice: 128_000m);

        Assert.Equal("HT-2027-0001", (await s.RepContracts.GetAsync(id))!.Contract.Number);
    }

    [Fact]
    public async Task SVC3_CAL1_ASolutionDeadlineOfTheFirstOfApril_IsNotOverdueAt155959Utc_AndIsAt1600Utc()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var s = await ServiceScenario.CreateAsync(database);
        var id = await s.LoggedComplaintAsync();
        ServiceScenario.Ensure(await database.SignIn(s.ServiceManager).Service.AssignInvestigatorAsync(id, s.Investigator.Id));
        var investigator = database.SignIn(s.Investigator).Service;
        ServiceScenario.Ensure(await investigator.RecordRootCauseAsync(id, "电池批次不良 A faulty battery batch"));
        ServiceScenario.Ensure(await investigator.ProposeSolutionAsync(id, "售后服务部 After-sales", "更换电池 Replace the batteries", FirstOfApril));
        ServiceScenario.Ensure(await database.SignIn(s.Director).Service.ApproveSolutionAsync(id));
        ServiceScenario.Ensure(await database.SignIn(s.Agent).Service.RecordProgressAsync(id, "已联系客户 Customer contacted", sharedWithCustomer: true));
        var agent = database.SignIn(s.Agent).Service;

        database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 1, 15, 59, 59, TimeSpan.Zero));
        var lastSecond = await agent.GetAsync(id);
        var overdueBefore = await agent.ListAsync(FirstPage, ServiceWorklist.Overdue);
        database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 1, 16, 0, 0, TimeSpan.Zero));
        var afterTheDay = await agent.GetAsync(id);
        var overdueAfter = await agent.ListAsync(FirstPage, ServiceWorklist.Overdue);

        Assert.Equal(SlaState.Met, lastSecond!.FirstResponse);
        Assert.NotEqual(SlaState.Overdue, lastSecond.Solution);
        Assert.DoesNotContain(id, overdueBefore.Items.Select(r => r.Id));
        Assert.Equal(SlaState.Overdue, afterTheDay!.Solution);
        Assert.Contains(id, overdueAfter.Items.Select(r => r.Id));
    }
}
