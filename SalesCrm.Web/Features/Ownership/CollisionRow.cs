using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// A collision as a manager sees it: who tried, what they typed, whose customer it matched and on which key. The
/// customer's name is there only for a viewer who may read the customer (<see cref="CustomerName"/> is null otherwise):
/// the claimant's region manager may not be allowed to see it (SEC-1).
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
    string? CustomerName)
{
    public bool CanOpenCustomer => CustomerName is not null;
}
