namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-6: what the pool's rules need to know of the rep a claim is for, counted at the moment of the claim.
/// </summary>
/// <param name="RegionId">The rep's region.</param>
/// <param name="ByRegionManager">The customer's region's sales manager (or the director) claims on the rep's behalf.</param>
/// <param name="Held">The customers the rep holds, as <see cref="PoolClaimRules.Holding"/> counts them.</param>
/// <param name="ClaimedToday">The rep's claims from the pool on this company day.</param>
/// <param name="ReleasedFromRepAt">When this customer last went to the pool from the rep, if it ever did.</param>
public sealed record PoolClaimant(Guid RegionId, bool ByRegionManager, int Held, int ClaimedToday, DateTimeOffset? ReleasedFromRepAt);
