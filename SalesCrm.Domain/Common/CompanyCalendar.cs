using System.Globalization;

namespace SalesCrm.Domain.Common;

/// <summary>
/// CAL-1: the company's calendar. Every day, week (Monday first), month, quarter and year a rule or a page uses is a
/// day of the company's time zone, whatever zone the server's clock runs in; instants stay UTC. Rules and pages ask this
/// type, never the server's local time, its time zone or the UTC date of an instant.
/// </summary>
public sealed class CompanyCalendar
{
    public CompanyCalendar(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
    }

    /// <summary>
    /// China Standard Time as a fixed UTC+08:00, which is what Asia/Shanghai has been since 1991; the calendar of a
    /// machine without time zone data, and of tests that need no zone database.
    /// </summary>
    public static CompanyCalendar ChinaStandardTime { get; } =
        new(TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time"));

    public TimeZoneInfo Zone { get; }

    /// <summary>The instant as the company's clocks show it (its offset is the company's offset at that instant).</summary>
    public DateTimeOffset InCompanyTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(InCompanyTime(at).DateTime);

    public DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DayOf(time.GetUtcNow());
    }

    /// <summary>The first day of the company month the instant falls in.</summary>
    public DateOnly MonthOf(DateTimeOffset at)
    {
        var day = DayOf(at);
        return new DateOnly(day.Year, day.Month, 1);
    }

    public int YearOf(DateTimeOffset at) => DayOf(at).Year;

    public Quarter QuarterOf(DateTimeOffset at) => Quarter.Containing(DayOf(at));

    /// <summary>The ISO 8601 week (Monday first) the instant falls in, with its week-numbering year.</summary>
    public (int Year, int Week) IsoWeekOf(DateTimeOffset at)
    {
        var day = DayOf(at).ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The Monday of the week <paramref name="day"/> is in.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The first instant of the company day.</summary>
    public DateTimeOffset StartOf(DateOnly day) => FromCompanyTime(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The first instant of the next company day: a day is the instants from <see cref="StartOf(DateOnly)"/> up to, not including, this.</summary>
    public DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));

    public DateTimeOffset StartOf(Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        return StartOf(quarter.FirstDay);
    }

    /// <summary>The first instant of the next quarter (exclusive).</summary>
    public DateTimeOffset EndOf(Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        return StartOf(quarter.EndDay);
    }

    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset StartOf(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return StartOf(period.FirstDay);
    }

    /// <summary>The first instant after the period (exclusive).</summary>
    public DateTimeOffset EndOf(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return StartOf(period.EndDay);
    }

    /// <summary>The period of <paramref name="kind"/> the instant falls in, by the company's clocks.</summary>
    public Period PeriodOf(PeriodKind kind, DateTimeOffset at) => Period.Containing(kind, DayOf(at));

    public bool IsIn(Quarter quarter, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        return quarter.Contains(DayOf(at));
    }

    /// <summary>
    /// A wall-clock time of the company (what a user typed or picked) as an instant. A time that a daylight-saving jump
    /// skips is read as the same time after the jump; a time that occurs twice is read as its first occurrence.
    /// </summary>
    public DateTimeOffset FromCompanyTime(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
