using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Targets;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-2/SEC-1: figures against targets, each user seeing only whose figures their role allows. People are listed by
// name: 张伟 (the scenario's rep) before 王芳.
public sealed class PerformanceServiceTests : IAsyncLifetime
{
    private static readonly Period March = Period.Month(2026, 3);
    private static readonly Period Q1 = Period.Quarter(2026, 1);

    private ContractScenario _s = null!;
    private CrmUser _director = null!;
    private CrmUser _colleague = null!;
    private Region _south = null!;

    public async Task InitializeAsync()
    {
        _s = await ContractScenario.CreateAsync();
        _director = await _s.Organisation.UserAsync(CrmRole.MarketingDirector, _s.East);
        _colleague = await _s.Organisation.UserAsync(CrmRole.SalesRep, _s.East, "王芳");
        _south = await _s.Organisation.RegionAsync("South");
        await _s.Organisation.UserAsync(CrmRole.SalesRep, _south);
        await _s.SignedContractAsync();
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task KPI2_ARepSeesOnlyTheirOwnQuarter_SignedAgainstThe004DefaultOfOneMillion_AndTheirNewValidCustomer()
    {
        var card = await _s.Database.SignIn(_s.Rep).Performance.ScorecardAsync(Q1, regionId: _south.Id);

        var row = Assert.Single(card.Rows);
        Assert.Equal((PerformanceView.Mine, _s.Rep.Id), (card.View, row.Id));
        Assert.Equal((1_280_000m, 1_000_000m, true, 128.0m), (row.SignedAmount.Actual, row.SignedAmount.Target, row.SignedAmount.TargetIsDefault, row.SignedAmount.Attainment.Percent));
        Assert.Equal((1m, 9m), (row.NewValidCustomers.Actual, row.NewValidCustomers.Target));
        Assert.Equal(1_280_000m, card.Trend.Single(p => p.Month == March).SignedAmount);
    }

    [Fact]
    public async Task KPI2_TheRegionsManagerSeesEachOfItsPeople_AgainstTheTargetsSet_AndTheRegionTotal()
    {
        Assert.Empty(await _s.Database.SignIn(_s.Manager).Targets.SetAsync(TargetKind.SignedAmount, new TargetCell(TargetScope.Person, _s.Rep.Id, March), 2_560_000m));

        var card = await _s.Database.SignIn(_s.Manager).Performance.ScorecardAsync(March);

        Assert.Equal(PerformanceView.Team, card.View);
        Assert.Equal([(_s.Rep.Id, 1_280_000m, 2_560_000m), (_colleague.Id, 0m, 333_333m)], card.Rows.Select(r => (r.Id, r.SignedAmount.Actual, r.SignedAmount.Target!.Value)));
        Assert.Equal((50.0m, 1_280_000m), (card.Rows[0].SignedAmount.Attainment.Percent, card.Total.SignedAmount.Actual));
    }

    [Fact]
    public async Task KPI2_TheDirectorSeesTheCompanysRegions_AndOpensOneRegionsTeam_AManagerCannotOpenAnotherRegion()
    {
        var company = await _s.Database.SignIn(_director).Performance.ScorecardAsync(Q1);
        var team = await _s.Database.SignIn(_director).Performance.ScorecardAsync(Q1, _s.East.Id);

        Assert.Equal([("East", 1_280_000m), ("South", 0m)], company.Rows.Select(r => (r.Name, r.SignedAmount.Actual)));
        Assert.Equal(3_000_000m, company.Total.SignedAmount.Target);
        Assert.Equal((PerformanceView.Team, 2), (team.View, team.Rows.Count));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Manager).Performance.ScorecardAsync(Q1, _south.Id));
        var agent = await _s.Organisation.UserAsync(CrmRole.ServiceAgent, _s.East);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(agent).Performance.ScorecardAsync(Q1));
    }

    [Fact]
    public async Task KPI2_ATerminatedContract_NoLongerCountsInTheLiveFiguresOfTheMonthItWasSigned()
    {
        var second = await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());

        Assert.Empty(await _s.RepContracts.TerminateAsync(second, "客户取消 Cancelled by the customer"));

        var row = Assert.Single((await _s.Database.SignIn(_s.Rep).Performance.ScorecardAsync(March)).Rows);
        Assert.Equal((1_280_000m, 1m), (row.SignedAmount.Actual, row.NewValidCustomers.Actual));
    }

    [Fact]
    public async Task KPI3_TeamRowsAreGraded_TheRepWhoMetTheTargetExcellent_TheColleagueWithNothingFail()
    {
        var card = await _s.Database.SignIn(_s.Manager).Performance.ScorecardAsync(March);

        Assert.Equal([(_s.Rep.Id, Grade.Excellent), (_colleague.Id, Grade.Fail)], card.Rows.Select(r => (r.Id, r.Grade!.Value)));
    }

    [Fact]
    public async Task KPI2_AVerifiedMonthKeepsItsFigures_WhenAContractIsLaterTerminated_AndTheDifferenceShows()
    {
        var collector = await _s.Organisation.UserAsync(CrmRole.Collector, _s.East);
        var contract = await SingleContractAsync();
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero));
        var finance = _s.Database.SignIn(collector).Performance;
        Assert.True((await finance.ScorecardAsync(March)).CanVerify);

        Assert.Empty(await finance.VerifyMonthAsync(March, _s.East.Id));
        Assert.Empty(await _s.RepContracts.TerminateAsync(contract, "客户破产 The customer went bankrupt"));

        var card = await _s.Database.SignIn(_s.Manager).Performance.ScorecardAsync(March);
        var rep = card.Rows.Single(r => r.Id == _s.Rep.Id);
        Assert.Equal((0m, 1_280_000m, 1), (rep.SignedAmount.Actual, rep.Verified!.SignedAmount, rep.Verified.NewValidCustomers));
        Assert.Equal((0m, 1_280_000m), (card.Total.SignedAmount.Actual, card.Total.Verified!.SignedAmount));
        Assert.Equal(collector.DisplayName, Assert.Single(card.Verifications).VerifiedBy);
        Assert.False(card.CanVerify);
        Assert.Equal(1_280_000m, (await _s.Database.SignIn(_director).Performance.ScorecardAsync(March)).Rows.Single(r => r.Id == _s.East.Id).Verified!.SignedAmount);
    }

    [Fact]
    public async Task KPI2_AMonthIsVerifiedOnceItIsOver_OnlyOnce_AndOnlyByFinanceOfTheRegionOrTheDirector()
    {
        var collector = await _s.Organisation.UserAsync(CrmRole.Collector, _s.East);
        var finance = _s.Database.SignIn(collector).Performance;

        Assert.Equal("Performance.MonthNotOver", Assert.Single(await finance.VerifyMonthAsync(March, _s.East.Id)).Code);
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 2, 1, 0, 0, TimeSpan.Zero));
        await Assert.ThrowsAsync<AccessDeniedException>(() => finance.VerifyMonthAsync(March, _south.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Manager).Performance.VerifyMonthAsync(March, _s.East.Id));
        Assert.Empty(await finance.VerifyMonthAsync(March, _s.East.Id));
        Assert.Equal("Performance.AlreadyVerified", Assert.Single(await _s.Database.SignIn(_director).Performance.VerifyMonthAsync(March, _s.East.Id)).Code);
    }

    [Fact]
    public async Task KPI3_APersonGradedFailInTwoMonthsInARow_IsFlagged_AndOneWhoPassedTheMonthBeforeIsNot()
    {
        var april = Period.Month(2026, 4);
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 10, 2, 0, 0, TimeSpan.Zero));
        await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());

        var card = await _s.Database.SignIn(_s.Manager).Performance.ScorecardAsync(april);

        Assert.Equal([(_s.Rep.Id, false), (_colleague.Id, true)], card.Rows.Select(r => (r.Id, r.FailedTwiceInARow)));
        Assert.All((await _s.Database.SignIn(_s.Manager).Performance.ScorecardAsync(Q1)).Rows, r => Assert.False(r.FailedTwiceInARow));
    }

    [Fact]
    public async Task KPI3_InTheFirstWeekOfAMonth_TheManagerIsToldOnceOfEachPersonWhoFailedLastMonthAndTheMonthBefore()
    {
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 10, 2, 0, 0, TimeSpan.Zero));
        await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());
        var service = _s.Database.SignIn(_s.Manager).Performance;
        var afterTheFirstWeek = await service.FlagTwoFailsAsync();
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 30, 16, 30, 0, TimeSpan.Zero)); // 00:30 on 1 May in Beijing (CAL-1)

        var told = await service.FlagTwoFailsAsync();
        var again = await service.FlagTwoFailsAsync();

        Assert.Equal((0, 1, 0), (afterTheFirstWeek, told, again));
        await using var db = _s.Database.CreateContext();
        var notice = await db.Notifications.SingleAsync(n => n.Kind == SalesCrm.Domain.Notifications.NotificationKind.FailedTwiceInARow);
        Assert.Equal((_s.Manager.Id, "王芳", "2026-04", "/performance?kind=Month&year=2026&number=4"), (notice.RecipientId, notice.Subject, notice.Detail, notice.Link));
    }

    private async Task<Guid> SingleContractAsync()
    {
        await using var db = _s.Database.CreateContext();
        return await db.Contracts.Select(c => c.Id).SingleAsync();
    }
}
