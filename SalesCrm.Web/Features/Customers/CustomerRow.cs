using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Customers;

/// <summary>A line of the customer list: no contact details, they are only shown on the customer's own page.</summary>
public sealed record CustomerRow(
    Guid Id,
    string Name,
    string? Industry,
    CustomerStatus Status,
    string Region,
    string Owner,
    DateTimeOffset FirstContactAt,
    int Contacts,
    Tier Grade);
