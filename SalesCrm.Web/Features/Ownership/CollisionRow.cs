using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// A collision as a manager sees it: who tried, what they typed, whose customer it matched and on which key. The
/// customer's own details are not shown: the claimant's region manager may not be allowed to see them (SEC-1).
/// </summary>
public sealed record CollisionRow(
    DateTimeOffset At,
    string Claimant,
    string ClaimantRegion,
    string TypedName,
    MatchKind MatchedOn,
    string Owner,
    string OwnerRegion,
    Guid CustomerId,
    bool CanOpenCustomer);
