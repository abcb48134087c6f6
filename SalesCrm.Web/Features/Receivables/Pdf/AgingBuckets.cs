namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-1: what is still open, by age past the due date (<see cref="Current"/> is not yet due).</summary>
public sealed record AgingBuckets(decimal Current, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90Days)
{
    public decimal Overdue => Days1To30 + Days31To60 + Days61To90 + Over90Days;

    public decimal Total => Current + Overdue;
}
