using System.Globalization;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Components;

/// <summary>CAL-1: how pages, PDFs and exports write an instant: in company time, whatever the server's zone.</summary>
public static class CompanyTimeText
{
    /// <summary>What an <c>&lt;input type="datetime-local"&gt;</c> sends and takes, whatever the user's language.</summary>
    public const string DateTimeLocalFormat = "yyyy-MM-ddTHH:mm";

    /// <summary>Browsers send a date-time input's value with or without seconds.</summary>
    private static readonly string[] DateTimeLocalFormats = [DateTimeLocalFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    /// <summary>What an <c>&lt;input type="date"&gt;</c> sends and takes.</summary>
    public const string DateInputFormat = "yyyy-MM-dd";

    /// <summary>The company day, e.g. 2026-04-01.</summary>
    public static string ShowDate(this CompanyCalendar calendar, DateTimeOffset at) => Format(calendar, at, "yyyy-MM-dd");

    /// <summary>The company day and time to the minute, e.g. 2026-04-01 09:00.</summary>
    public static string ShowMinute(this CompanyCalendar calendar, DateTimeOffset at) => Format(calendar, at, "yyyy-MM-dd HH:mm");

    /// <summary>The company time of day, e.g. 09:00.</summary>
    public static string ShowTime(this CompanyCalendar calendar, DateTimeOffset at) => Format(calendar, at, "HH:mm");

    /// <summary>The instant as the company's wall clock shows it, to the minute, as a date-time input's value.</summary>
    public static string ToDateTimeLocal(this CompanyCalendar calendar, DateTimeOffset at) => Format(calendar, at, DateTimeLocalFormat);

    /// <summary>A date-time input's value, read as company time; null when it is empty or not a date and time.</summary>
    public static DateTimeOffset? ReadDateTimeLocal(this CompanyCalendar calendar, string? value)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DateTime.TryParseExact(value?.Trim(), DateTimeLocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock)
            ? calendar.FromCompanyTime(wallClock)
            : null;
    }

    /// <summary>A company day as a date input's value.</summary>
    public static string ToDateInput(DateOnly day) => day.ToString(DateInputFormat, CultureInfo.InvariantCulture);

    /// <summary>A date input's value; null when it is empty or not a date.</summary>
    public static DateOnly? ReadDateInput(string? value) =>
        DateOnly.TryParseExact(value, DateInputFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Today in the company, as the midnight a date picker takes for its minimum or maximum date.</summary>
    public static DateTime TodayForPicker(this CompanyCalendar calendar, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.Today(time).ToDateTime(TimeOnly.MinValue);
    }

    private static string Format(CompanyCalendar calendar, DateTimeOffset at, string format)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.InCompanyTime(at).ToString(format, CultureInfo.InvariantCulture);
    }
}
