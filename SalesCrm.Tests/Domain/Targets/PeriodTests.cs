using SalesCrm.Domain.Common;

namespace SalesCrm.Tests.Domain.Targets;

public sealed class PeriodTests
{
    [Fact]
    public void CAL1_0030BeijingOnTheFirstOfApril_IsInAprilAndTheSecondQuarter_NotInMarch()
    {
        var at = new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero);

        var calendar = CompanyCalendar.ChinaStandardTime;

        Assert.Equal(
            (Period.Month(2026, 4), Period.Quarter(2026, 2), Period.OfYear(2026)),
            (calendar.PeriodOf(PeriodKind.Month, at), calendar.PeriodOf(PeriodKind.Quarter, at), calendar.PeriodOf(PeriodKind.Year, at)));
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), calendar.StartOf(Period.Quarter(2026, 2)));
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero), calendar.EndOf(Period.Quarter(2026, 2)));
    }

    [Fact]
    public void KPI1_AYearSplitsIntoFourQuarters_AQuarterIntoThreeMonths_AndAMonthRollsUpIntoItsQuarterAndYear()
    {
        Assert.Equal([Period.Quarter(2026, 1), Period.Quarter(2026, 2), Period.Quarter(2026, 3), Period.Quarter(2026, 4)], Period.OfYear(2026).Parts);
        Assert.Equal([Period.Month(2026, 10), Period.Month(2026, 11), Period.Month(2026, 12)], Period.Quarter(2026, 4).Parts);
        Assert.Empty(Period.Month(2026, 1).Parts);
        Assert.Equal(Period.Quarter(2026, 3), Period.Month(2026, 8).Parent);
        Assert.Equal(Period.OfYear(2026), Period.Quarter(2026, 3).Parent);
        Assert.Equal(12, Period.OfYear(2026).Months.Count);
    }

    [Fact]
    public void KPI1_ThePeriodBeforeJanuaryAndTheFirstQuarter_IsInTheYearBefore()
    {
        Assert.Equal((Period.Month(2025, 12), Period.Quarter(2025, 4), Period.Month(2026, 2)),
            (Period.Month(2026, 1).Previous, Period.Quarter(2026, 1).Previous, Period.Month(2026, 1).Next));
        Assert.Equal(("2026-03", "2026 Q1", "2026"), (Period.Month(2026, 3).ToString(), Period.Quarter(2026, 1).ToString(), Period.OfYear(2026).ToString()));
    }

    [Theory]
    [InlineData(PeriodKind.Month, 2026, 13)]
    [InlineData(PeriodKind.Quarter, 2026, 5)]
    [InlineData(PeriodKind.Year, 2026, 2)]
    [InlineData((PeriodKind)9, 2026, 1)]
    public void KPI1_AStoredKindYearAndNumberThatNameNoPeriod_AreNoPeriod(PeriodKind kind, int year, int number) =>
        Assert.Null(Period.From(kind, year, number));
}
