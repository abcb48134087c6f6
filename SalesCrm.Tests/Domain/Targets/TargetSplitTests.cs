using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Tests.Domain.Targets;

/// <summary>KPI-1: a target split into quarters, months or reps leaves no yuan behind.</summary>
public sealed class TargetSplitTests
{
    [Fact]
    public void KPI1_SplittingOneMillionIntoThreeMonths_LeavesNoYuanBehind()
    {
        var months = TargetSplit.Evenly(1_000_000m, 3);

        Assert.Equal([333_334m, 333_333m, 333_333m], months);
        Assert.Equal(1_000_000m, months.Sum());
    }

    [Fact]
    public void KPI1_SplittingOneMillionIntoTwelveMonths_GivesTheFourYuanLeftOverToTheFirstFourMonths()
    {
        var months = TargetSplit.Evenly(1_000_000m, 12);

        Assert.Equal([.. Enumerable.Repeat(83_334m, 4), .. Enumerable.Repeat(83_333m, 8)], months);
        Assert.Equal(1_000_000m, months.Sum());
    }

    [Fact]
    public void KPI1_SplittingByWeightsTwoOneOne_GivesHalfAndTwoQuarters()
    {
        Assert.Equal([500_000m, 250_000m, 250_000m], TargetSplit.ByWeights(1_000_000m, [2m, 1m, 1m]));
    }

    [Fact]
    public void KPI1_APartOfWeightZero_GetsNothing_AndTheYuanLeftOverGoesToTheLargestRemainder()
    {
        // 10 by 0:1:0:2 is 3.33 and 6.67: rounded down 3 and 6, the yuan left over goes to the 0.67.
        Assert.Equal([0m, 3m, 0m, 7m], TargetSplit.ByWeights(10m, [0m, 1m, 0m, 2m]));
    }

    [Fact]
    public void KPI1_AZeroTotal_SplitsIntoZeros()
    {
        Assert.Equal([0m, 0m, 0m], TargetSplit.ByWeights(0m, [2m, 1m, 1m]));
    }

    [Fact]
    public void KPI1_SplittingInFen_GivesPartsToTheFen_ThatAddUpExactly()
    {
        var parts = TargetSplit.Evenly(100m, 3, 0.01m);

        Assert.Equal([33.34m, 33.33m, 33.33m], parts);
        Assert.Equal(100m, parts.Sum());
    }

    [Fact]
    public void KPI1_WeightsTooLargeToAddUpAsDecimals_AreStillSplitExactly()
    {
        var parts = TargetSplit.ByWeights(1_000_001m, [decimal.MaxValue, decimal.MaxValue, 1m]);

        Assert.Equal([500_001m, 500_000m, 0m], parts);
    }

    public static TheoryData<decimal[]> BadWeights => new() { Array.Empty<decimal>(), { [2m, -1m] }, { [0m, 0m] } };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public void KPI1_NoWeights_ANegativeWeight_OrOnlyZeros_AreRefusedOnTheWeightsField(decimal[] weights)
    {
        var e = Assert.Throws<DomainValidationException>(() => TargetSplit.ByWeights(100m, weights));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("Weights", "Target.WeightsInvalid"), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(100.5, 1)]
    [InlineData(0.005, 0.01)]
    public void KPI1_ANegativeTotal_OrOneThatIsNoWholeNumberOfUnits_IsRefusedOnTheTotalField(double total, double unit)
    {
        var e = Assert.Throws<DomainValidationException>(() => TargetSplit.Evenly((decimal)total, 3, (decimal)unit));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("Total", "Target.TotalInvalid"), (error.Field, error.Code));
    }

    [Fact]
    public void KPI1_ATotalWhosePartsInFenNoDecimalCanHold_IsRefusedOnTheTotalField_NotRoundedAway()
    {
        var e = Assert.Throws<DomainValidationException>(() => TargetSplit.Evenly(decimal.MaxValue, 3, 0.01m));

        Assert.Equal(("Total", "Target.TotalInvalid"), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
    }

    [Fact]
    public void KPI1_SplittingIntoNoParts_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() => TargetSplit.Evenly(100m, 0));

        Assert.Equal(("Parts", "Target.PartsInvalid"), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
    }

    [Theory]
    [InlineData(0, 400_000, 300_000, 300_000)]
    [InlineData(5, 400_000, 300_005, 300_000)]
    [InlineData(-10, 400_000, 299_990, 300_000)]
    public void KPI1_TheDifferenceOfASplitByHand_IsThePartsSumMinusTheTotal(int difference, int april, int may, int june)
    {
        Assert.Equal(difference, TargetSplit.Difference(1_000_000m, [april, may, june]));
    }
}
