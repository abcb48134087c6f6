using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-6: when an owned customer goes to the shared pool: once the policy's whole company days (CAL-1) have passed
/// without the owner logging contact, at the company midnight after them. Contact on 2 March with 90 days: released at
/// 00:00 on 1 June, Beijing time.
/// </summary>
public static class PoolRelease
{
    /// <summary>When a customer last contacted at <paramref name="lastContactAt"/> is released.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset lastContactAt, int days, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.EndOf(calendar.DayOf(lastContactAt).AddDays(days));
    }

    /// <summary>
    /// The same rule as a query: on company day <paramref name="day"/>, the customers last contacted before this instant
    /// are due, in a form an index on the last contact can answer.
    /// </summary>
    public static DateTimeOffset Cutoff(DateOnly day, int days, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.StartOf(day.AddDays(-days));
    }
}
