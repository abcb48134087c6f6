using SalesCrm.Domain.Common;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Calendar;

namespace SalesCrm.Tests.Domain.Common;

/// <summary>
/// CAL-1: days, weeks, months, quarters and years are the company's (Asia/Shanghai), whatever the instant's offset or
/// the server's zone; the edges belong to exactly one period.
/// </summary>
[Trait("Category", TestCategories.CompanyCalendar)]
public sealed class CompanyCalendarTests
{
    /// <summary>00:30 on 1 April 2026 in Beijing, still 31 March in UTC.</summary>
    private static readonly DateTimeOffset FirstOfAprilHalfPastMidnight = new(2026, 3, 31, 16, 30, 0, TimeSpan.Zero);

    private static readonly CompanyCalendar Beijing = CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone);

    [Fact]
    public void CAL1_HalfPastMidnightInBeijing_IsTheFirstOfApril_InQ2_OfApril()
    {
        Assert.Equal(new DateOnly(2026, 4, 1), Beijing.DayOf(FirstOfAprilHalfPastMidnight));
        Assert.Equal(new DateOnly(2026, 4, 1), Beijing.MonthOf(FirstOfAprilHalfPastMidnight));
        Assert.Equal(new Quarter(2026, 2), Beijing.QuarterOf(FirstOfAprilHalfPastMidnight));
    }

    [Fact]
    public void CAL1_TheOffsetAnInstantCarries_DoesNotChangeItsCompanyDay()
    {
        var sameInstantInNewYork = FirstOfAprilHalfPastMidnight.ToOffset(TimeSpan.FromHours(-4));

        Assert.Equal(new DateOnly(2026, 3, 31), DateOnly.FromDateTime(sameInstantInNewYork.DateTime));
        Assert.Equal(new DateOnly(2026, 4, 1), Beijing.DayOf(sameInstantInNewYork));
    }

    [Fact]
    public void CAL1_ACompanyDayStartsAtMidnightBeijingTime_AndEndsWhereTheNextStarts()
    {
        var day = new DateOnly(2026, 4, 1);

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), Beijing.StartOf(day));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 16, 0, 0, TimeSpan.Zero), Beijing.EndOf(day));
        Assert.Equal(day, Beijing.DayOf(Beijing.EndOf(day).AddTicks(-1)));
        Assert.Equal(day.AddDays(1), Beijing.DayOf(Beijing.EndOf(day)));
    }

    [Fact]
    public void CAL1_NewYearsMorningInBeijing_IsTheNewYear_ButNotInUtc()
    {
        var newYearsMorning = new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(2027, Beijing.YearOf(newYearsMorning));
        Assert.Equal("2027 Q1", Beijing.QuarterOf(newYearsMorning).ToString());
        Assert.Equal(2026, newYearsMorning.Year);
    }

    [Fact]
    public void CAL1_AQuarterRunsFromItsFirstCompanyMidnight_ToTheNext_Exclusive()
    {
        var q1 = new Quarter(2026, 1);

        Assert.Equal(new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero), Beijing.StartOf(q1));
        Assert.Equal(Beijing.StartOf(new Quarter(2026, 2)), Beijing.EndOf(q1));
        Assert.True(Beijing.IsIn(q1, Beijing.EndOf(q1).AddTicks(-1)));
        Assert.False(Beijing.IsIn(q1, Beijing.EndOf(q1)));
        Assert.True(Beijing.IsIn(new Quarter(2026, 2), FirstOfAprilHalfPastMidnight));
    }

    [Theory]
    [InlineData(2026, 3, 31, 1)]
    [InlineData(2026, 3, 30, 2)]
    [InlineData(2026, 1, 1, 90)]
    [InlineData(2026, 4, 1, 0)]
    [InlineData(2025, 12, 31, 90)]
    public void CAL1_TIER3_DaysLeftInAQuarter_CountToday(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, new Quarter(2026, 1).DaysLeft(new DateOnly(year, month, day)));
    }

    [Fact]
    public void CAL1_AQuarterIsNumberedOneToFour()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2026, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2026, 0));
    }

    [Fact]
    public void CAL1_AWeekStartsOnMonday_AtMidnightBeijingTime()
    {
        // Monday 2 March 2026, 00:30 in Beijing: still Sunday 1 March in UTC.
        var mondayMorning = new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.Zero);
        var today = Beijing.DayOf(mondayMorning);

        Assert.Equal(DayOfWeek.Monday, today.DayOfWeek);
        Assert.Equal(today, CompanyCalendar.WeekStart(today));
        Assert.Equal(today, CompanyCalendar.WeekStart(today.AddDays(6)));
        Assert.Equal((2026, 10), Beijing.IsoWeekOf(mondayMorning));
        Assert.Equal((2026, 9), Beijing.IsoWeekOf(mondayMorning.AddHours(-1)));
    }

    [Fact]
    public void CAL1_ATimeTypedInCompanyTime_IsTheInstantBeijingClocksShowed()
    {
        var typed = new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Unspecified);

        var at = Beijing.FromCompanyTime(typed);

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero), at);
        Assert.Equal(typed, Beijing.InCompanyTime(at).DateTime);
    }

    [Fact]
    public void CAL1_TheFixedChinaStandardTime_AgreesWithAsiaShanghai()
    {
        foreach (var at in new[] { FirstOfAprilHalfPastMidnight, new DateTimeOffset(2026, 7, 1, 15, 59, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) })
        {
            Assert.Equal(Beijing.InCompanyTime(at).DateTime, CompanyCalendar.ChinaStandardTime.InCompanyTime(at).DateTime);
        }
    }

    [Fact]
    public void CAL1_AnotherCompanyZone_GivesThatZonesDays_WithDaylightSaving()
    {
        var berlin = CompanyTimeZone.Find("Europe/Berlin");

        // 29 March 2026: clocks go from 02:00 to 03:00, so the day's first instant is 23:00 UTC before and the next day's 22:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), berlin.StartOf(new DateOnly(2026, 3, 29)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), berlin.EndOf(new DateOnly(2026, 3, 29)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), berlin.FromCompanyTime(new DateTime(2026, 3, 29, 2, 30, 0)));
    }
}
