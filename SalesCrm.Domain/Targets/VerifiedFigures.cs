namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-2: one person's figures of a month as finance verified them: what was signed, the new valid customers, the leads,
/// and the money of the collection rate — <see cref="Collected"/> of what fell due (<see cref="Due"/>); these two are
/// null in a month verified before the snapshot held them.
/// </summary>
public sealed record VerifiedFigures(Guid PersonId, decimal SignedAmount, int NewValidCustomers, int LeadsRegistered, decimal? Collected = null, decimal? Due = null);
