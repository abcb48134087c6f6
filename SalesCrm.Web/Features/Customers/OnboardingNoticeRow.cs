using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Customers;

/// <summary>CUS-5: a notice as its list shows it, with who acknowledged which part and what the viewer may acknowledge.</summary>
public sealed record OnboardingNoticeRow(
    Guid Id,
    Guid CustomerId,
    string Customer,
    string Region,
    OnboardingReason Reason,
    string? Detail,
    DateTimeOffset RaisedAt,
    string? CollectionBy,
    DateTimeOffset? CollectionAt,
    string? ServiceBy,
    DateTimeOffset? ServiceAt,
    bool CanAcknowledgeCollection,
    bool CanAcknowledgeService)
{
    public bool IsOpen => CollectionAt is null || ServiceAt is null;
}
