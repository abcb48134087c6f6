using SalesCrm.Domain.Care;

namespace SalesCrm.Web.Features.Care;

/// <summary>CUS-4: what to think of in the coming <see cref="Days"/> days: contacts' birthdays and holidays.</summary>
public sealed record CareReminderList(int Days, IReadOnlyList<BirthdayRow> Birthdays, IReadOnlyList<HolidayDate> Holidays);
