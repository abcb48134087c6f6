namespace SalesCrm.Web.Features.Care;

/// <summary>CUS-4: a contact's birthday coming up, with the customer they work for.</summary>
public sealed record BirthdayRow(Guid CustomerId, string Customer, string Contact, string? Title, DateOnly On, int DaysAway);
