using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>One of the rep's own refused registrations that they may still dispute: what they typed, whose it is, when.</summary>
public sealed record DisputableCollision(Guid CollisionId, DateTimeOffset At, string TypedName, MatchKind MatchedOn, string Owner, string OwnerRegion);
