namespace SalesCrm.Domain.Targets;

/// <summary>KPI-2: one person's figures of a month as finance verified them.</summary>
public sealed record VerifiedFigures(Guid PersonId, decimal SignedAmount, int NewValidCustomers, int LeadsRegistered);
