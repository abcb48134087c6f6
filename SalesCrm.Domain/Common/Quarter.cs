using System.Globalization;

namespace SalesCrm.Domain.Common;

/// <summary>
/// CAL-1: a quarter of the company's calendar, as days. Its first and last instants depend on the company's time zone,
/// so they come from <see cref="CompanyCalendar.StartOf(Quarter)"/> and <see cref="CompanyCalendar.EndOf(Quarter)"/>.
/// </summary>
public sealed record Quarter
{
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }
    public int Number { get; }

    public DateOnly FirstDay => new(Year, (Number * 3) - 2, 1);

    /// <summary>The first day of the next quarter: the quarter's days are <see cref="FirstDay"/> up to, not including, this.</summary>
    public DateOnly EndDay => FirstDay.AddMonths(3);

    public static Quarter Containing(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public bool Contains(DateOnly day) => day >= FirstDay && day < EndDay;

    /// <summary>The days left, <paramref name="today"/> included: 1 on the quarter's last day, 0 once it has ended, all its days before it starts.</summary>
    public int DaysLeft(DateOnly today)
    {
        var from = today > FirstDay ? today : FirstDay;
        return Math.Max(0, EndDay.DayNumber - from.DayNumber);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year} Q{Number}");
}
