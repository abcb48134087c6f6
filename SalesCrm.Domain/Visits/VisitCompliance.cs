using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Visits;

/// <summary>
/// TIER-3: A-tier customers are visited at least twice per quarter (004). Only on-site visits count: 004 asks for
/// visits (拜访), and letting video calls count would let a quarter be covered without anyone seeing the customer; a
/// video call is still logged as a contact (VIS-1). Visits by the dedicated account manager or by the region's sales
/// manager count (004: A级客户由区域经理对接); each logged visit counts once.
/// </summary>
public static class VisitCompliance
{
    /// <summary>004's number; a setting may change it.</summary>
    public const int DefaultRequiredPerQuarter = 2;

    public static bool IsBehind(int visitsThisQuarter, int required) => visitsThisQuarter < required;

    public static int Missing(int visitsThisQuarter, int required) => Math.Max(0, required - visitsThisQuarter);

    /// <summary>
    /// The visits of one customer that count towards <paramref name="quarter"/>: on-site, by the account manager or the
    /// region's sales manager, and claimed to have happened within the company quarter (CAL-1).
    /// </summary>
    public static int CountingVisits(
        IEnumerable<(Guid AuthorId, ContactKind Kind, DateTimeOffset OccurredAt)> contacts,
        Guid? accountManagerId,
        Guid? regionManagerId,
        Quarter quarter,
        CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(calendar);
        return contacts.Count(c =>
            c.Kind == ContactKind.OnSiteVisit
            && calendar.IsIn(quarter, c.OccurredAt)
            && (c.AuthorId == accountManagerId || c.AuthorId == regionManagerId));
    }
}
