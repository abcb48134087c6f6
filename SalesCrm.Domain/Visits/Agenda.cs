using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Visits;

/// <summary>
/// VIS-3: a rep's agenda of open planned contacts: overdue ones first (the oldest first), then by due date, then by
/// priority. What was not done stays on the agenda: today's agenda and this week's include overdue contacts.
/// A week runs Monday to Sunday.
/// </summary>
public static class Agenda
{
    public static IReadOnlyList<PlannedContact> Order(IEnumerable<PlannedContact> planned, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(planned);
        return planned.Where(p => p.IsOpen)
            .OrderBy(p => p.IsOverdue(today) ? 0 : 1)
            .ThenBy(p => p.DueOn)
            .ThenBy(p => p.Priority)
            .ToList();
    }

    /// <summary>Open contacts due today or overdue, in agenda order.</summary>
    public static IReadOnlyList<PlannedContact> Today(IEnumerable<PlannedContact> planned, DateOnly today) =>
        Order(planned, today).Where(p => p.DueOn <= today).ToList();

    /// <summary>Open contacts due by the Sunday of today's week, overdue ones included, in agenda order.</summary>
    public static IReadOnlyList<PlannedContact> ThisWeek(IEnumerable<PlannedContact> planned, DateOnly today)
    {
        var sunday = WeekOf(today).Sunday;
        return Order(planned, today).Where(p => p.DueOn <= sunday).ToList();
    }

    /// <summary>The Monday and the Sunday of the week containing <paramref name="day"/>.</summary>
    public static (DateOnly Monday, DateOnly Sunday) WeekOf(DateOnly day)
    {
        var monday = CompanyCalendar.WeekStart(day);
        return (monday, monday.AddDays(6));
    }
}
