using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>A dispute in the list: the company as the claimant typed it, the two reps and where it stands.</summary>
public sealed record DisputeRow(
    Guid Id,
    DateTimeOffset OpenedAt,
    string CompanyName,
    string Claimant,
    string ClaimantRegion,
    string Owner,
    string OwnerRegion,
    DisputeStatus Status);
