using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Calendar;

/// <summary>
/// CAL-1: finds the configured company time zone in the machine's zone data. China's zone has kept UTC+08:00 without
/// daylight saving since 1991, so where the machine has no zone data (a slim container without tzdata) the default
/// zone is the fixed +08:00 of <see cref="CompanyCalendar.ChinaStandardTime"/>; any other zone must be found.
/// </summary>
public static class CompanyTimeZone
{
    private static readonly string[] ChinaIds = [CompanyOptions.DefaultTimeZone, "China Standard Time", "PRC", "Asia/Chongqing", "Asia/Harbin"];

    public static bool TryFind(string? id, out CompanyCalendar calendar, out string? error)
    {
        var wanted = id?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            calendar = CompanyCalendar.ChinaStandardTime;
            error = $"{CompanyOptions.Section}:TimeZone is empty: give the company's time zone as an IANA id such as {CompanyOptions.DefaultTimeZone}.";
            return false;
        }

        try
        {
            calendar = new CompanyCalendar(TimeZoneInfo.FindSystemTimeZoneById(wanted));
            error = null;
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            calendar = CompanyCalendar.ChinaStandardTime;
            if (ChinaIds.Contains(wanted, StringComparer.OrdinalIgnoreCase))
            {
                error = null;
                return true;
            }

            error = $"{CompanyOptions.Section}:TimeZone '{wanted}' is not a time zone this server knows: give an IANA id such as {CompanyOptions.DefaultTimeZone} or Europe/Berlin, or a Windows id such as China Standard Time.";
            return false;
        }
    }

    /// <summary>The calendar of <paramref name="id"/>; throws with the message of <see cref="TryFind"/> when it is unknown.</summary>
    public static CompanyCalendar Find(string? id) =>
        TryFind(id, out var calendar, out var error) ? calendar : throw new InvalidOperationException(error);
}
