using SalesCrm.Tests.TestSupport;
using System.Globalization;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Tests.Domain.Customers;

/// <summary>TIER-1: the grade from the signed amount of the trailing 12 months, at its thresholds and at the window's edge.</summary>
public sealed class TierPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 15, 10, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("5000000.01", Tier.A)]
    [InlineData("5000000", Tier.B)]
    [InlineData("4999999.99", Tier.B)]
    [InlineData("1000000", Tier.B)]
    [InlineData("999999.99", Tier.C)]
    [InlineData("0", Tier.C)]
    public void TIER1_TheGradeAtTheDefaultThresholds_AIsMoreThanFiveMillion_BAtLeastOneMillion(string amount, Tier expected)
    {
        Assert.Equal(expected, TierPolicy.Grade(decimal.Parse(amount, CultureInfo.InvariantCulture), TierThresholds.Default));
    }

    [Fact]
    public void TIER1_AmountExactlyFiveMillion_IsGradeB()
    {
        Assert.Equal(Tier.B, TierPolicy.Grade(5_000_000m, TierThresholds.Default));
    }

    [Fact]
    public void TIER1_TheDirectorsThresholds_AreUsed()
    {
        var thresholds = new TierThresholds(AAbove: 2_000_000m, BFrom: 500_000m);

        Assert.Equal((Tier.A, Tier.B, Tier.C), (TierPolicy.Grade(2_000_000.01m, thresholds), TierPolicy.Grade(500_000m, thresholds), TierPolicy.Grade(499_999.99m, thresholds)));
    }

    [Fact]
    public void TIER1_ThresholdsWithBAboveAOrNegative_AreRefusedByField()
    {
        Assert.Empty(TierThresholds.Default.Check());
        Assert.Equal([("BFrom", "Tier.ThresholdsOrder")], new TierThresholds(1_000_000m, 2_000_000m).Check().Select(e => (e.Field, e.Code)));
        Assert.Equal([("AAbove", "Tier.ThresholdNegative"), ("BFrom", "Tier.ThresholdNegative")], new TierThresholds(-1m, -1m).Check().Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void TIER1_CAL1_ASigningOnTheSameCompanyDayAYearAgo_NoLongerCounts_OneOnTheNextDayDoes()
    {
        var sameDayAYearAgo = Company.Calendar.StartOf(Company.Calendar.DayOf(Now).AddMonths(-12));
        var nextDayStarts = Company.Calendar.EndOf(Company.Calendar.DayOf(Now).AddMonths(-12));

        Assert.Equal(0m, TierPolicy.TrailingAmount([(nextDayStarts.AddTicks(-1), 3_000_000m), (sameDayAYearAgo, 1_000_000m)], Now, Company.Calendar));
        Assert.Equal(3_000_000m, TierPolicy.TrailingAmount([(nextDayStarts, 3_000_000m)], Now, Company.Calendar));
    }

    [Fact]
    public void TIER1_CAL1_TheWindowOpensAtMidnightBeijingTime_NotAtMidnightUtc()
    {
        // 1 April 2026, 00:30 in Beijing: the window opens at 00:00 on 2 April 2025 in Beijing (16:00 UTC on 1 April).
        var now = new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2025, 4, 1, 16, 0, 0, TimeSpan.Zero), TierPolicy.TrailingFrom(now, Company.Calendar));
        Assert.Equal(3_000_000m, TierPolicy.TrailingAmount([(new DateTimeOffset(2025, 4, 1, 17, 0, 0, TimeSpan.Zero), 3_000_000m)], now, Company.Calendar));
    }

    [Fact]
    public void TIER1_ASigningAtNowCounts_ALaterOneDoesNotYet()
    {
        Assert.Equal(1_000_000m, TierPolicy.TrailingAmount([(Now, 1_000_000m), (Now.AddTicks(1), 9_000_000m)], Now, Company.Calendar));
    }

    [Fact]
    public void TIER1_TheTrailingAmountAddsEverySigningInTheWindow_AndGradesIt()
    {
        (DateTimeOffset, decimal)[] signings = [(Now.AddMonths(-13), 4_000_000m), (Now.AddMonths(-11), 2_500_000m), (Now.AddDays(-3), 2_500_000.01m)];

        var trailing = TierPolicy.TrailingAmount(signings, Now, Company.Calendar);

        Assert.Equal((5_000_000.01m, Tier.A), (trailing, TierPolicy.Grade(trailing, TierThresholds.Default)));
    }

    [Fact]
    public void TIER1_TheWindowIsUtcBased_ASigningInAnotherOffsetIsTheSameInstant()
    {
        var sameInstantInBeijing = Now.AddMonths(-12).ToOffset(TimeSpan.FromHours(8));

        Assert.Equal(0m, TierPolicy.TrailingAmount([(sameInstantInBeijing, 1m)], Now, Company.Calendar));
    }
}
