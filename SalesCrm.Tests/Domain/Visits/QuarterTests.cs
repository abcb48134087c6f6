using SalesCrm.Domain.Visits;

namespace SalesCrm.Tests.Domain.Visits;

/// <summary>TIER-3: quarters are UTC calendar quarters; their edges belong to exactly one quarter.</summary>
public sealed class QuarterTests
{
    private static readonly DateTimeOffset SecondQuarterStarts = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TIER3_TheLastTickOfMarch_IsQ1_MidnightOfTheFirstOfApril_IsQ2()
    {
        Assert.Equal(new Quarter(2026, 1), Quarter.Of(SecondQuarterStarts.AddTicks(-1)));
        Assert.Equal(new Quarter(2026, 2), Quarter.Of(SecondQuarterStarts));
    }

    [Fact]
    public void TIER3_ThirtyFirstOfDecember_IsQ4_TheFirstOfJanuary_IsQ1OfTheNextYear()
    {
        var newYear = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal("2026 Q4", Quarter.Of(newYear.AddTicks(-1)).ToString());
        Assert.Equal("2027 Q1", Quarter.Of(newYear).ToString());
    }

    [Fact]
    public void TIER3_AQuartersEndIsExclusive_AndTheNextQuarterStartsThere()
    {
        var q1 = new Quarter(2026, 1);

        Assert.Equal((new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), SecondQuarterStarts), (q1.Start, q1.End));
        Assert.Equal(new Quarter(2026, 2).Start, q1.End);
        Assert.True(q1.Contains(SecondQuarterStarts.AddTicks(-1)));
        Assert.False(q1.Contains(SecondQuarterStarts));
    }

    [Fact]
    public void TIER3_TheQuarterIsTakenInUtc_NotInTheOffsetGiven()
    {
        var aprilFirstMorningInBeijing = new DateTimeOffset(2026, 4, 1, 7, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal(new Quarter(2026, 1), Quarter.Of(aprilFirstMorningInBeijing));
    }

    [Theory]
    [InlineData(2026, 3, 31, 1)]
    [InlineData(2026, 3, 30, 2)]
    [InlineData(2026, 1, 1, 90)]
    [InlineData(2026, 4, 1, 0)]
    [InlineData(2025, 12, 31, 90)]
    public void TIER3_DaysLeftInQ1_CountToday(int year, int month, int day, int expected)
    {
        var now = new DateTimeOffset(year, month, day, 23, 59, 59, TimeSpan.Zero);

        Assert.Equal(expected, new Quarter(2026, 1).DaysLeft(now));
    }

    [Fact]
    public void TIER3_AQuarterIsNumberedOneToFour()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2026, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2026, 0));
    }
}
