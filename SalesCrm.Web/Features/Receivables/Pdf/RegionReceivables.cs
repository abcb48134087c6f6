namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-2: a region's line of the monthly statement.</summary>
public sealed record RegionReceivables(string Region, ReceivablesFigures Figures);
