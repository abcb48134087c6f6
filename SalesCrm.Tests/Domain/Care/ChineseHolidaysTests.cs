using System.Globalization;
using SalesCrm.Domain.Care;

namespace SalesCrm.Tests.Domain.Care;

/// <summary>CUS-4: the lunar holidays on their published Gregorian dates, in years with and without a leap month.</summary>
public sealed class ChineseHolidaysTests
{
    [Theory]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void CUS4_SpringFestival_IsOnItsPublishedDate(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), ChineseHolidays.SpringFestival(year));
    }

    [Theory]
    [InlineData(2023, "2023-06-22")] // after the leap 2nd month of 2023
    [InlineData(2024, "2024-06-10")]
    [InlineData(2025, "2025-05-31")] // before the leap 6th month of 2025
    [InlineData(2026, "2026-06-19")]
    [InlineData(2027, "2027-06-09")]
    public void CUS4_DragonBoatFestival_IsOnItsPublishedDate(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), ChineseHolidays.DragonBoat(year));
    }

    [Theory]
    [InlineData(2023, "2023-09-29")]
    [InlineData(2024, "2024-09-17")]
    [InlineData(2025, "2025-10-06")] // after the leap 6th month of 2025
    [InlineData(2026, "2026-09-25")]
    [InlineData(2027, "2027-09-15")]
    public void CUS4_MidAutumnFestival_IsOnItsPublishedDate(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), ChineseHolidays.MidAutumn(year));
    }

    [Fact]
    public void CUS4_TheYearsHolidays_AreInDateOrder_WithTheFixedOnes()
    {
        Assert.Equal(
            [(Holiday.NewYearsDay, new DateOnly(2025, 1, 1)), (Holiday.SpringFestival, new DateOnly(2025, 1, 29)), (Holiday.DragonBoat, new DateOnly(2025, 5, 31)),
                (Holiday.NationalDay, new DateOnly(2025, 10, 1)), (Holiday.MidAutumn, new DateOnly(2025, 10, 6))],
            ChineseHolidays.In(2025).Select(h => (h.Holiday, h.On)));
    }
}
