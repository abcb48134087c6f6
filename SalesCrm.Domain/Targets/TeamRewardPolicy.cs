using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>KPI-4 (004): the team reward on new customers' signings, and the extra reward for new A-tier customers.</summary>
public sealed record TeamRewardPolicy
{
    /// <summary>The reward as a percent of the new customers' signed amount: 1 to 3 (004: 按签约金额1%-3%奖励团队).</summary>
    public decimal RatePercent { get; init; } = 2m;

    /// <summary>How many new A-tier customers in a quarter earn the team the extra reward (004: three or more).</summary>
    public int NewATierCustomersForBonus { get; init; } = 3;

    /// <summary>The extra reward, in the currency of the signings.</summary>
    public decimal BonusAmount { get; init; } = 20_000m;

    /// <summary>Why the policy cannot compute a reward, or null.</summary>
    public FieldError? Check() => Problem()?.Error;

    internal void ThrowIfInvalid()
    {
        if (Problem() is { } problem)
        {
            throw new DomainValidationException([new ValidationError(problem.Field, problem.Error.Code, problem.Error.Message)]);
        }
    }

    private (string Field, FieldError Error)? Problem() =>
        RatePercent is < 1 or > 3
            ? (nameof(RatePercent), new FieldError("Reward.RateInvalid", "The team reward is 1% to 3% of the signed amount."))
        : NewATierCustomersForBonus < 1
            ? (nameof(NewATierCustomersForBonus), new FieldError("Reward.BonusThresholdInvalid", "The extra reward needs at least one new A-tier customer."))
        : BonusAmount < 0
            ? (nameof(BonusAmount), new FieldError("Reward.BonusInvalid", "The extra reward is zero or more."))
        : Money.Check(BonusAmount) is { } refused
            ? (nameof(BonusAmount), refused)
        : null;
}
