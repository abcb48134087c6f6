namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-2: a collector's collections in the month against the collection target set for it.</summary>
public sealed record CollectorProgress(string Collector, decimal Target, decimal Collected)
{
    /// <summary>Collected as a percentage of the target; null when no target was set.</summary>
    public decimal? AchievedPercent => Target == 0 ? null : Collected / Target * 100;
}
