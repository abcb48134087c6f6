using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-4: a team's reward for a period, as the app reports it to payroll (which pays it): a percent of the new
/// customers' signed amount, plus the extra reward when enough new customers are A-tier. Amounts are in the one
/// currency of the signings.
/// </summary>
public sealed record TeamReward(IReadOnlyList<TeamRewardLine> Lines, decimal SignedTotal, decimal RateReward, int NewATierCustomers, decimal Bonus)
{
    public decimal Total => RateReward + Bonus;

    /// <summary>
    /// The rate reward is the signed total × the rate, rounded half away from zero to the fen, and is shared between
    /// the signings in proportion to their amounts with <see cref="TargetSplit.ByWeights"/>, so the lines add up to it
    /// exactly. The bonus depends on the count of new A-tier customers alone.
    /// </summary>
    public static TeamReward Compute(IReadOnlyList<RewardContribution> newCustomerSignings, int newATierCustomers, TeamRewardPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(newCustomerSignings);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(newATierCustomers);
        policy.ThrowIfInvalid();
        if (newCustomerSignings.FirstOrDefault(s => s.SignedAmount < 0 || Money.Check(s.SignedAmount) is not null) is { } bad)
        {
            throw new ArgumentException($"Contract {bad.ContractId}: a signed amount is money of zero or more.", nameof(newCustomerSignings));
        }

        var signedTotal = newCustomerSignings.Sum(s => s.SignedAmount);
        var rateReward = decimal.Round(signedTotal * policy.RatePercent / 100m, Money.Decimals, MidpointRounding.AwayFromZero);
        var shares = signedTotal == 0
            ? newCustomerSignings.Select(_ => 0m).ToArray()
            : TargetSplit.ByWeights(rateReward, newCustomerSignings.Select(s => s.SignedAmount).ToArray(), 0.01m);
        var lines = newCustomerSignings.Zip(shares, (signing, share) => new TeamRewardLine(signing, share)).ToArray();
        var bonus = newATierCustomers >= policy.NewATierCustomersForBonus ? policy.BonusAmount : 0m;
        return new TeamReward(lines, signedTotal, rateReward, newATierCustomers, bonus);
    }
}
