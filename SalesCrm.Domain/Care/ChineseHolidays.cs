using System.Globalization;

namespace SalesCrm.Domain.Care;

/// <summary>
/// CUS-4: the Gregorian dates of the holidays care reminds of. New Year's Day and National Day are fixed; Spring
/// Festival (1st day of the 1st lunar month), the Dragon Boat Festival (5th of the 5th) and Mid-Autumn (15th of the 8th)
/// come from the Chinese lunisolar calendar. Its lunar year <c>y</c> starts at the Spring Festival in Gregorian year
/// <c>y</c>, so all three fall in that Gregorian year. In a year with a leap month the calendar numbers months 1–13
/// and <see cref="ChineseLunisolarCalendar.GetLeapMonth(int)"/> gives the leap month's number: a leap month after the
/// 6th (2025) is month 7, so the 8th lunar month is month 9; the 5th month stays 5 in 2025 but is 6 after 2023's leap
/// 2nd month. The calendar covers 1901–2100.
/// </summary>
public static class ChineseHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static DateOnly NewYearsDay(int year) => new(year, 1, 1);

    public static DateOnly SpringFestival(int year) => FromLunar(year, 1, 1);

    public static DateOnly DragonBoat(int year) => FromLunar(year, 5, 5);

    public static DateOnly MidAutumn(int year) => FromLunar(year, 8, 15);

    public static DateOnly NationalDay(int year) => new(year, 10, 1);

    /// <summary>The year's holidays in date order.</summary>
    /// <remarks>Mid-Autumn falls after National Day in some years (2025: 6 October).</remarks>
    public static IReadOnlyList<HolidayDate> In(int year) =>
        new HolidayDate[]
        {
            new(Holiday.NewYearsDay, NewYearsDay(year)),
            new(Holiday.SpringFestival, SpringFestival(year)),
            new(Holiday.DragonBoat, DragonBoat(year)),
            new(Holiday.MidAutumn, MidAutumn(year)),
            new(Holiday.NationalDay, NationalDay(year)),
        }.OrderBy(h => h.On).ToList();

    /// <summary>The Gregorian date of the <paramref name="day"/> of the (non-leap) lunar <paramref name="month"/> of lunar year <paramref name="year"/>.</summary>
    private static DateOnly FromLunar(int year, int month, int day)
    {
        var leapMonth = Lunar.GetLeapMonth(year);
        var index = leapMonth > 0 && month >= leapMonth ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
