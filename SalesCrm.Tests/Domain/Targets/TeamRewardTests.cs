using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Tests.Domain.Targets;

/// <summary>KPI-4: 1–3% of new customers' signings to the team, plus an extra reward for three new A-tier customers.</summary>
public sealed class TeamRewardTests
{
    private static RewardContribution[] Signings(params decimal[] amounts) =>
        amounts.Select(a => new RewardContribution(Guid.NewGuid(), Guid.NewGuid(), a)).ToArray();

    [Fact]
    public void KPI4_TheTeamEarnsTwoPercentOfTheNewCustomersSignedAmount_SharedByTheSignings()
    {
        var signings = Signings(500_000m, 300_000m, 200_000m);

        var reward = TeamReward.Compute(signings, 0, new TeamRewardPolicy());

        Assert.Equal((1_000_000m, 20_000m, 0m, 20_000m), (reward.SignedTotal, reward.RateReward, reward.Bonus, reward.Total));
        Assert.Equal([10_000m, 6_000m, 4_000m], reward.Lines.Select(l => l.Reward));
        Assert.Equal(signings, reward.Lines.Select(l => l.Contribution));
    }

    [Fact]
    public void KPI4_TheLineRewards_AddUpExactlyToTheRateRewardRoundedToTheFen()
    {
        var reward = TeamReward.Compute(Signings(100_000.01m, 33_333.33m, 1m), 0, new TeamRewardPolicy { RatePercent = 3m });

        Assert.Equal(4_000.03m, reward.RateReward); // 3% of 133,334.34 is 4,000.0302
        Assert.Equal([3_000.00m, 1_000.00m, 0.03m], reward.Lines.Select(l => l.Reward));
        Assert.Equal(reward.RateReward, reward.Lines.Sum(l => l.Reward));
    }

    [Fact]
    public void KPI4_SigningsWhoseSharesEachEndInHalfAFen_StillAddUpToTheRateReward()
    {
        // 2% of 300.75 is 6.015, rounded to 6.02; rounding each line's 2.005 alone would give 6.03.
        var reward = TeamReward.Compute(Signings(100.25m, 100.25m, 100.25m), 0, new TeamRewardPolicy());

        Assert.Equal(6.02m, reward.RateReward);
        Assert.Equal([2.01m, 2.01m, 2.00m], reward.Lines.Select(l => l.Reward));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 20_000)]
    [InlineData(4, 20_000)]
    public void KPI4_ThreeOrMoreNewATierCustomers_EarnTheExtraReward(int newATierCustomers, int bonus)
    {
        var reward = TeamReward.Compute(Signings(1_000_000m), newATierCustomers, new TeamRewardPolicy());

        Assert.Equal((newATierCustomers, (decimal)bonus, 20_000m + bonus), (reward.NewATierCustomers, reward.Bonus, reward.Total));
    }

    [Fact]
    public void KPI4_NoSignings_EarnNothing()
    {
        var reward = TeamReward.Compute([], 0, new TeamRewardPolicy());

        Assert.Empty(reward.Lines);
        Assert.Equal((0m, 0m, 0m, 0m), (reward.SignedTotal, reward.RateReward, reward.Bonus, reward.Total));
    }

    [Fact]
    public void KPI4_SigningsOfZero_EarnZeroOnEachLine()
    {
        var reward = TeamReward.Compute(Signings(0m, 0m), 0, new TeamRewardPolicy());

        Assert.Equal([0m, 0m], reward.Lines.Select(l => l.Reward));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(4)]
    public void KPI4_ARateOutsideOneToThreePercent_IsRefused(double rate)
    {
        var policy = new TeamRewardPolicy { RatePercent = (decimal)rate };

        Assert.Equal("Reward.RateInvalid", policy.Check()?.Code);
        var e = Assert.Throws<DomainValidationException>(() => TeamReward.Compute(Signings(100m), 0, policy));
        Assert.Equal(("RatePercent", "Reward.RateInvalid"), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void KPI4_OneAndThreePercent_AreAllowed(double rate)
    {
        Assert.Null(new TeamRewardPolicy { RatePercent = (decimal)rate }.Check());
    }
}
