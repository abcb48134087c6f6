namespace SalesCrm.Domain.Visits;

/// <summary>VIS-2: what a contact record said before an edit made more than 24 hours after it was entered, and who replaced it when.</summary>
public sealed record ContactLogVersion(
    ContactKind Kind,
    ContactPurpose Purpose,
    DateTimeOffset OccurredAt,
    string Participants,
    string Notes,
    string? Outcome,
    string? NextStep,
    int? SatisfactionScore,
    DateTimeOffset ReplacedAt,
    Guid ReplacedById);
