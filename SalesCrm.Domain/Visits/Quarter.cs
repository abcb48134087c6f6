using System.Globalization;

namespace SalesCrm.Domain.Visits;

/// <summary>
/// TIER-3: a calendar quarter in UTC, like every date in the product. <see cref="Start"/> is its first instant,
/// <see cref="End"/> the first instant of the next quarter (exclusive), so the last tick of 31 March belongs to Q1 and
/// midnight of 1 April to Q2.
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

    public DateTimeOffset Start => new(FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(EndDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static Quarter Of(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new Quarter(utc.Year, ((utc.Month - 1) / 3) + 1);
    }

    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    /// <summary>
    /// The days left to visit, today included: 1 on the quarter's last day, 0 once it has ended, all its days before it
    /// starts. "Today" is the UTC date of <paramref name="now"/>.
    /// </summary>
    public int DaysLeft(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var from = today > FirstDay ? today : FirstDay;
        return Math.Max(0, EndDay.DayNumber - from.DayNumber);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year} Q{Number}");
}
