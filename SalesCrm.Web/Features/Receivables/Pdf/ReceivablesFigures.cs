namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-2: one month's receivables movement for the whole department, a region or a rep.</summary>
/// <param name="CollectionRatePercent">KPI-2's collection rate for the month, as the receivables service computes it.</param>
public sealed record ReceivablesFigures(decimal Opening, decimal Invoiced, decimal Collected, decimal Deducted, decimal CollectionRatePercent)
{
    public decimal Closing => Opening + Invoiced - Collected - Deducted;
}
