namespace SalesCrm.Domain.Care;

/// <summary>CUS-4: a contact's birthday coming up <see cref="DaysAway"/> days from today (0 = today).</summary>
public sealed record UpcomingBirthday(Guid CustomerId, Guid ContactId, string Name, DateOnly On, int DaysAway);
