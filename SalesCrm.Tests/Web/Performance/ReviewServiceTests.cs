using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Targets;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-1: the start-of-month target talk and the quarter's review with its improvement plans.
public sealed class ReviewServiceTests : IAsyncLifetime
{
    private static readonly Period March = Period.Month(2026, 3);
    private static readonly Period Q1 = Period.Quarter(2026, 1);

    private ContractScenario _s = null!;
    private CrmUser _colleague = null!;

    public async Task InitializeAsync()
    {
        _s = await ContractScenario.CreateAsync();
        _colleague = await _s.Organisation.UserAsync(CrmRole.SalesRep, _s.East, "王芳");
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private ReviewService Manager => _s.Database.SignIn(_s.Manager).Reviews;

    [Fact]
    public async Task KPI1_TheManagerRecordsTheMonthsTalk_TheRepAcknowledgesIt_AndItThenStandsAsRecorded()
    {
        var form = new TalkForm { HeldOn = new DateTime(2026, 3, 2), AgreedTarget = 400_000m, Notes = "重点跟进杭州物流 Follow up Hangzhou Logistics" };
        Assert.Empty(await Manager.RecordTalkAsync(_s.Rep.Id, March, form));

        var rep = _s.Database.SignIn(_s.Rep).Reviews;
        var talk = Assert.Single(await rep.TalksAsync(March));
        Assert.Equal((400_000m, true, false), (talk.AgreedTarget!.Value, talk.CanAcknowledge, talk.CanRecord));
        Assert.Empty(await rep.AcknowledgeTalkAsync(talk.TalkId!.Value));

        form.AgreedTarget = 300_000m;
        Assert.Equal("Talk.Acknowledged", Assert.Single(await Manager.RecordTalkAsync(_s.Rep.Id, March, form)).Code);
        Assert.Equal([(_s.Rep.Id, true), (_colleague.Id, false)], (await Manager.TalksAsync(March)).Select(t => (t.PersonId, t.AcknowledgedAt is not null)));
    }

    [Fact]
    public async Task KPI1_ATalkInTheFutureOrWithoutATarget_IsRefusedOnItsField_AndARepRecordsNoTalks()
    {
        var errors = await Manager.RecordTalkAsync(_s.Rep.Id, March, new TalkForm { HeldOn = new DateTime(2026, 3, 20), AgreedTarget = 1m });
        Assert.Equal(("HeldOn", "Talk.HeldInFuture"), (Assert.Single(errors).Field, errors[0].Code));
        Assert.Equal("AgreedTarget", Assert.Single(await Manager.RecordTalkAsync(_s.Rep.Id, March, new TalkForm { HeldOn = new DateTime(2026, 3, 1) })).Field);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Rep).Reviews.RecordTalkAsync(_colleague.Id, March, new TalkForm { HeldOn = new DateTime(2026, 3, 1), AgreedTarget = 1m }));
    }

    [Fact]
    public async Task KPI1_ARepWhoMissedTheQuarter_SubmitsAPlan_TheManagerSendsItBackThenApprovesIt_AndItsActionsAreTickedOff()
    {
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 2, 2, 0, 0, TimeSpan.Zero));
        var colleague = _s.Database.SignIn(_colleague).Reviews;
        ImprovementStep[] steps = [new("每周拜访两家A级客户 Visit two A-tier customers a week", new DateOnly(2026, 4, 30))];

        Assert.Empty(await colleague.SubmitPlanAsync(Q1, "新客户开发不足 Too few new customers", steps));
        var plan = Assert.Single(await Manager.PlansAsync(Q1));
        Assert.True(plan.CanDecide);
        Assert.Equal("Plan.CommentRequired", Assert.Single(await Manager.DecidePlanAsync(plan.Id, approve: false, comment: null)).Code);
        Assert.Empty(await Manager.DecidePlanAsync(plan.Id, approve: false, comment: "写明每月目标客户数 Name the monthly number of target companies"));
        Assert.Empty(await colleague.SubmitPlanAsync(Q1, "新客户开发不足，每月新增15家目标企业 15 new target companies a month", steps));
        Assert.Empty(await Manager.DecidePlanAsync((await Manager.PlansAsync(Q1))[0].Id, approve: true, comment: null));

        Assert.Empty(await colleague.CompleteStepAsync(plan.Id, 0));

        var done = Assert.Single(await colleague.PlansAsync(Q1));
        Assert.Equal((ImprovementPlanStatus.Approved, true), (done.Status, done.Steps[0].IsDone));
    }

    [Fact]
    public async Task KPI1_APlanIsRefused_BeforeTheQuarterIsOver_AndForARepWhoMetTheTarget()
    {
        await _s.SignedContractAsync();
        ImprovementStep[] steps = [new("Keep going", new DateOnly(2026, 4, 30))];
        var rep = _s.Database.SignIn(_s.Rep).Reviews;

        Assert.Equal("Plan.QuarterNotOver", Assert.Single(await rep.SubmitPlanAsync(Q1, "—", steps)).Code);
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 2, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal("Plan.TargetMet", Assert.Single(await rep.SubmitPlanAsync(Q1, "—", steps)).Code);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Manager.SubmitPlanAsync(Q1, "—", steps));
    }
}
