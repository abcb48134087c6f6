namespace SalesCrm.Web.Features.Receivables;

/// <summary>CON-5: which contracts the ledger lists — by region, rep, customer name and the days they were signed (both inclusive).</summary>
public sealed record LedgerFilter(Guid? RegionId = null, Guid? OwnerId = null, string? Customer = null, DateOnly? SignedFrom = null, DateOnly? SignedTo = null);
