using SalesCrm.Tests.TestSupport;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Tests.Domain.Pipeline;

/// <summary>PIPE-1/PIPE-2: five stages in order, each left with what it is for; lost with a reason; closed ones stay put.</summary>
public sealed class OpportunityStageTests
{
    private const int MinimumAnswers = 3;
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly NeedsRecord Needs = new([
        new("采购预算 Budget", "约 300 万"), new("决策人 Decision maker", "采购总监 陈总"), new("交付时间 Timing", "Q4"), new("现有供应商 Current supplier", " "),
    ]);

    private static readonly SolutionRecord Solution = new("10 台 3 吨叉车 + 两年维保", 2_950_000m, "CNY", "两年免费保养，4 小时响应");
    private static readonly NegotiationRecord Negotiation = new(2_880_000.50m, "CNY", new DateOnly(2026, 9, 30), PaymentMethod.BankAcceptanceBill);

    [Fact]
    public void PIPE1_OpensAtInitialContact_WithItsEstimate()
    {
        var opportunity = Open();

        Assert.Equal((OpportunityStage.InitialContact, Now, Money.Cny(3_000_000m)), (opportunity.Stage, opportunity.StageEnteredAt, opportunity.Amount));
        Assert.Equal(OpportunityStage.NeedsResearch, opportunity.NextStage);
    }

    [Fact]
    public void PIPE2_AdvancingInOrder_RecordsEachStagesResults_AndSigningTheContractSignsIt()
    {
        var opportunity = Open();

        opportunity.AdvanceTo(OpportunityStage.NeedsResearch, new ContactRecord(), MinimumAnswers, Now.AddDays(1), Company.Calendar);
        opportunity.AdvanceTo(OpportunityStage.Solution, Needs, MinimumAnswers, Now.AddDays(5), Company.Calendar);
        opportunity.AdvanceTo(OpportunityStage.Negotiation, Solution, MinimumAnswers, Now.AddDays(9), Company.Calendar);
        Assert.Equal(Money.Cny(2_950_000m), opportunity.Amount);
        opportunity.SignWithContract(Money.Cny(2_880_000.50m), new DateOnly(2026, 9, 30), PaymentMethod.BankAcceptanceBill, Now.AddDays(20), Company.Calendar);

        Assert.True(opportunity.IsSigned && opportunity.IsClosed);
        Assert.Equal(3, opportunity.Needs.Count);
        Assert.Equal(("10 台 3 吨叉车 + 两年维保", Money.Cny(2_950_000m), "两年免费保养，4 小时响应"), (opportunity.ProductMix, opportunity.SolutionPrice, opportunity.ServiceCommitments));
        Assert.Equal((Money.Cny(2_880_000.50m), new DateOnly(2026, 9, 30), PaymentMethod.BankAcceptanceBill), (opportunity.NegotiatedPrice, opportunity.DeliveryDate, opportunity.PaymentMethod));
        Assert.Equal((Money.Cny(2_880_000.50m), Now.AddDays(20)), (opportunity.Amount, opportunity.StageEnteredAt));
        Assert.Null(opportunity.NextStage);
    }

    [Theory]
    [InlineData(OpportunityStage.Solution)]
    [InlineData(OpportunityStage.Signing)]
    [InlineData(OpportunityStage.InitialContact)]
    public void PIPE2_SkippingOrGoingBack_IsRefused(OpportunityStage target)
    {
        var opportunity = Open();

        var e = Assert.Throws<DomainException>(() => opportunity.AdvanceTo(target, new ContactRecord(), MinimumAnswers, Now, Company.Calendar));

        Assert.Equal("Opportunity.StagesInOrder", e.Code);
        Assert.Equal(OpportunityStage.InitialContact, opportunity.Stage);
    }

    [Fact]
    public void PIPE2_LeavingNeedsResearch_NeedsEnoughAnswers()
    {
        var opportunity = At(OpportunityStage.NeedsResearch);

        var e = Assert.Throws<DomainValidationException>(() =>
            opportunity.AdvanceTo(OpportunityStage.Solution, new NeedsRecord([new("采购预算 Budget", "300 万"), new("决策人 Decision maker", "")]), MinimumAnswers, Now, Company.Calendar));

        Assert.Equal(("Needs", "Opportunity.NeedsTooFew"), (e.Errors[0].Field, e.Errors[0].Code));
        Assert.Equal(OpportunityStage.NeedsResearch, opportunity.Stage);
    }

    [Fact]
    public void PIPE2_LeavingTheSolution_WithoutMixPriceOrCommitments_NamesEachField()
    {
        var opportunity = At(OpportunityStage.Solution);

        var e = Assert.Throws<DomainValidationException>(() =>
            opportunity.AdvanceTo(OpportunityStage.Negotiation, new SolutionRecord(" ", 0m, "CNY", null), MinimumAnswers, Now, Company.Calendar));

        Assert.Equal(["ProductMix", "ServiceCommitments", "SolutionPrice"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void PIPE1_MovingToSignedByHand_IsRefused_AndPointsToTheContract()
    {
        var opportunity = At(OpportunityStage.Negotiation);

        var e = Assert.Throws<DomainException>(() => opportunity.AdvanceTo(OpportunityStage.Signing, Negotiation, MinimumAnswers, Now, Company.Calendar));

        Assert.Equal("Opportunity.SignedByContract", e.Code);
        Assert.Contains("contract", e.Message, StringComparison.Ordinal);
        Assert.Equal((OpportunityStage.Negotiation, false), (opportunity.Stage, opportunity.CanAdvanceByHand));
        Assert.True(At(OpportunityStage.Solution).CanAdvanceByHand);
    }

    [Fact]
    public void PIPE2_SigningWithAContract_StillNeedsADeliveryDateNotPast()
    {
        var opportunity = At(OpportunityStage.Negotiation);

        var e = Assert.Throws<DomainValidationException>(() =>
            opportunity.SignWithContract(Money.Cny(1_000m), new DateOnly(2026, 5, 31), PaymentMethod.Cash, Now, Company.Calendar));

        Assert.Equal(("DeliveryDate", "Opportunity.DeliveryDatePast"), (e.Errors.Single().Field, e.Errors.Single().Code));
    }

    [Fact]
    public void PIPE2_ARecordOfAnotherStage_IsRefused()
    {
        var opportunity = At(OpportunityStage.Solution);

        var e = Assert.Throws<DomainException>(() => opportunity.AdvanceTo(OpportunityStage.Negotiation, Negotiation, MinimumAnswers, Now, Company.Calendar));

        Assert.Equal("Opportunity.WrongRecord", e.Code);
    }

    [Fact]
    public void PIPE1_Lost_NeedsAReason_AndThenNeverMoves()
    {
        var opportunity = At(OpportunityStage.Solution);
        Assert.Throws<DomainValidationException>(() => opportunity.Lose("  ", Now));

        opportunity.Lose("Chose a competitor's cheaper offer", Now.AddDays(3));

        Assert.True(opportunity.IsLost && opportunity.IsClosed);
        Assert.Equal("Opportunity.Lost", Assert.Throws<DomainException>(() => opportunity.AdvanceTo(OpportunityStage.Negotiation, Solution, MinimumAnswers, Now, Company.Calendar)).Code);
        Assert.Equal("Opportunity.Lost", Assert.Throws<DomainException>(() => opportunity.Lose("again", Now)).Code);
    }

    [Fact]
    public void PIPE1_ASignedOpportunity_CannotBeLost()
    {
        var opportunity = At(OpportunityStage.Signing);

        Assert.Equal("Opportunity.Signed", Assert.Throws<DomainException>(() => opportunity.Lose("Changed their mind", Now)).Code);
    }

    private static Opportunity Open() => Opportunity.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "叉车采购 Forklift fleet", Now, Money.Cny(3_000_000m));

    private static Opportunity At(OpportunityStage stage)
    {
        var opportunity = Open();
        StageRecord[] records = [new ContactRecord(), Needs, Solution];
        for (var next = OpportunityStage.NeedsResearch; next <= stage && next < OpportunityStage.Signing; next++)
        {
            opportunity.AdvanceTo(next, records[(int)next - 2], MinimumAnswers, Now, Company.Calendar);
        }

        if (stage == OpportunityStage.Signing)
        {
            opportunity.SignWithContract(Money.Cny(2_880_000.50m), new DateOnly(2026, 9, 30), PaymentMethod.BankAcceptanceBill, Now, Company.Calendar);
        }

        return opportunity;
    }
}
