using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>
/// One contact record as the customer's visits tab shows it: VIS-2's claimed and entered times side by side, whether it
/// is a late entry, whether it was edited and how many earlier versions it keeps, and what the reader may do with it.
/// </summary>
public sealed record VisitRow(
    Guid Id,
    Guid CustomerId,
    ContactKind Kind,
    ContactPurpose Purpose,
    DateTimeOffset OccurredAt,
    DateTimeOffset EnteredAt,
    string Author,
    string Participants,
    string Notes,
    string? Outcome,
    string? NextStep,
    int? SatisfactionScore,
    bool IsLateEntry,
    DateTimeOffset? LastEditedAt,
    int VersionCount,
    bool CanEdit,
    bool CanDelete)
{
    public bool IsEdited => LastEditedAt is not null;
}
