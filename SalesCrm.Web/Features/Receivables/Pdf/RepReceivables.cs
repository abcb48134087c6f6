namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-2: a sales rep's line of the monthly statement (AR-1: the owning rep helps collect).</summary>
public sealed record RepReceivables(string Rep, string Region, ReceivablesFigures Figures);
