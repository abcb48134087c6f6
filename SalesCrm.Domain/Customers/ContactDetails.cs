namespace SalesCrm.Domain.Customers;

/// <summary>A contact as entered in a form; <see cref="Id"/> is null for a new contact.</summary>
public sealed record ContactDetails(Guid? Id, string Name, string? Title, string? Phone, string? Email, DateOnly? Birthday);
