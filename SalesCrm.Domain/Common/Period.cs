using System.Globalization;

namespace SalesCrm.Domain.Common;

/// <summary>
/// KPI-1: a month, quarter or year of the company's calendar, as days (CAL-1). A year splits into quarters and months, a
/// quarter into months; a month rolls up into its quarter and year. <see cref="Number"/> is the month (1–12) or the
/// quarter (1–4); a year's is 1. Its first and last instants come from <see cref="CompanyCalendar.StartOf(DateOnly)"/>
/// on <see cref="FirstDay"/> and <see cref="EndDay"/>.
/// </summary>
public sealed record Period
{
    private Period(PeriodKind kind, int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, PeriodKind.Year => 1, _ => 0 });
        Kind = kind;
        Year = year;
        Number = number;
    }

    public PeriodKind Kind { get; }
    public int Year { get; }
    public int Number { get; }

    public static Period Month(int year, int month) => new(PeriodKind.Month, year, month);

    public static Period Quarter(int year, int quarter) => new(PeriodKind.Quarter, year, quarter);

    public static Period OfYear(int year) => new(PeriodKind.Year, year, 1);

    /// <summary>The period as stored: its kind, year and number; null when they name no period.</summary>
    public static Period? From(PeriodKind kind, int year, int number) =>
        Enum.IsDefined(kind) && year is >= 2000 and <= 9998 && number >= 1 && number <= (kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, _ => 1 })
            ? new Period(kind, year, number)
            : null;

    /// <summary>The period of <paramref name="kind"/> that holds the company day.</summary>
    public static Period Containing(PeriodKind kind, DateOnly day) => kind switch
    {
        PeriodKind.Month => Month(day.Year, day.Month),
        PeriodKind.Quarter => Quarter(day.Year, ((day.Month - 1) / 3) + 1),
        _ => OfYear(day.Year),
    };

    public DateOnly FirstDay => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, (Number * 3) - 2, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The first day after the period: its days are <see cref="FirstDay"/> up to, not including, this.</summary>
    public DateOnly EndDay => FirstDay.AddMonths(MonthCount);

    public int MonthCount => Kind switch { PeriodKind.Month => 1, PeriodKind.Quarter => 3, _ => 12 };

    public bool Contains(DateOnly day) => day >= FirstDay && day < EndDay;

    public bool Contains(Period other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.FirstDay >= FirstDay && other.EndDay <= EndDay;
    }

    /// <summary>What the period splits into: a year into its quarters, a quarter into its months; a month into nothing.</summary>
    public IReadOnlyList<Period> Parts => Kind switch
    {
        PeriodKind.Year => [.. Enumerable.Range(1, 4).Select(q => Quarter(Year, q))],
        PeriodKind.Quarter => [.. Enumerable.Range(FirstDay.Month, 3).Select(m => Month(Year, m))],
        _ => [],
    };

    /// <summary>The months the period is made of, in order.</summary>
    public IReadOnlyList<Period> Months => [.. Enumerable.Range(0, MonthCount).Select(i => Month(Year, FirstDay.Month + i))];

    /// <summary>The period one bigger that holds this one: a month's quarter, a quarter's year; a year has none.</summary>
    public Period? Parent => Kind switch
    {
        PeriodKind.Month => Containing(PeriodKind.Quarter, FirstDay),
        PeriodKind.Quarter => OfYear(Year),
        _ => null,
    };

    public Period Previous => Containing(Kind, FirstDay.AddDays(-1));

    public Period Next => Containing(Kind, EndDay);

    /// <summary>"2026-04", "2026 Q2", "2026": sortable within a kind, and what exports write.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year} Q{Number}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };
}
