using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// One dispute as its reader sees it. <see cref="CustomerId"/> is set only for readers who may open the customer;
/// the claimant sees the owner's name, region and first-contact time and nothing else of it (OWN-3).
/// </summary>
public sealed record DisputeView(
    Guid Id,
    string CompanyName,
    string Claimant,
    string ClaimantRegion,
    string Owner,
    string OwnerRegion,
    DateTimeOffset OwnerSince,
    EvidenceKind EvidenceKind,
    DateOnly ContactedOn,
    string Evidence,
    DateTimeOffset OpenedAt,
    DisputeStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Decision,
    Guid? CustomerId,
    bool CanDecide);
