using SalesCrm.Domain.Customers;

namespace SalesCrm.Domain.Care;

/// <summary>
/// CUS-4: what customer care should think of in the coming days: contacts' birthdays and holidays from today up to
/// and including <c>today + withinDays</c>, across the turn of the year. "Today" is a UTC date, like every date in the
/// product.
/// </summary>
public static class CareReminders
{
    /// <summary>A week ahead; a setting may change it.</summary>
    public const int DefaultWithinDays = 7;

    /// <summary>
    /// The first date on or after <paramref name="today"/> that is the birthday's anniversary. Someone born on 29 February
    /// is remembered on 28 February in other years, so the reminder stays in their month.
    /// </summary>
    public static DateOnly NextBirthday(DateOnly birthday, DateOnly today)
    {
        var thisYear = Anniversary(birthday, today.Year);
        return thisYear >= today ? thisYear : Anniversary(birthday, today.Year + 1);
    }

    /// <summary>The contacts whose birthday falls within the coming <paramref name="withinDays"/> days, soonest first.</summary>
    public static IReadOnlyList<UpcomingBirthday> Birthdays(IEnumerable<Contact> contacts, DateOnly today, int withinDays = DefaultWithinDays)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        return contacts
            .Where(c => c.Birthday is not null)
            .Select(c => (Contact: c, On: NextBirthday(c.Birthday!.Value, today)))
            .Where(b => b.On.DayNumber - today.DayNumber <= withinDays)
            .Select(b => new UpcomingBirthday(b.Contact.CustomerId, b.Contact.Id, b.Contact.Name, b.On, b.On.DayNumber - today.DayNumber))
            .OrderBy(b => b.On)
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The holidays within the coming <paramref name="withinDays"/> days, soonest first (28 Dec sees 1 Jan).</summary>
    public static IReadOnlyList<HolidayDate> Holidays(DateOnly today, int withinDays = DefaultWithinDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        var last = today.AddDays(withinDays);
        return Enumerable.Range(today.Year, last.Year - today.Year + 1)
            .SelectMany(ChineseHolidays.In)
            .Where(h => h.On >= today && h.On <= last)
            .ToList();
    }

    private static DateOnly Anniversary(DateOnly birthday, int year) =>
        new(year, birthday.Month, Math.Min(birthday.Day, DateTime.DaysInMonth(year, birthday.Month)));
}
