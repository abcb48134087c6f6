using SalesCrm.Domain.Targets;

namespace SalesCrm.Tests.Domain.Targets;

/// <summary>KPI-2: what was achieved against a target, as a percent.</summary>
public sealed class AttainmentTests
{
    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 400, 0.3)] // 0.25 rounds up, not to even
    [InlineData(1_225, 10_000, 12.3)] // 12.25 likewise
    [InlineData(-1, 400, -0.3)]
    [InlineData(1_500_000, 1_000_000, 150)]
    public void KPI2_ThePercent_IsActualOverTarget_RoundedHalfAwayFromZeroToOneDecimal(double actual, double target, double percent)
    {
        Assert.Equal((decimal)percent, new Attainment((decimal)actual, (decimal)target).Percent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-5)]
    public void KPI2_WithoutATarget_OrWithATargetOfZeroOrLess_ThereIsNoPercent_AndNothingIsMet(int? target)
    {
        var attainment = new Attainment(100m, target);

        Assert.Equal((null, false), (attainment.Percent, attainment.Met));
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(120, true)]
    [InlineData(99.99, false)]
    public void KPI2_ATargetIsMet_FromExactlyTheTarget(double actual, bool met)
    {
        Assert.Equal(met, new Attainment((decimal)actual, 100m).Met);
    }
}
