using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Leads;

/// <summary>A lead as its page shows it, with what the viewer may do with it.</summary>
public sealed record LeadView(
    Guid Id,
    string CompanyName,
    LeadStatus Status,
    string? DisqualifiedReason,
    string? Industry,
    SourceChannel? Source,
    string? Needs,
    string Owner,
    string Region,
    DateTimeOffset RegisteredAt,
    Customers.ContactFormModel? Contact,
    bool CanWork);
