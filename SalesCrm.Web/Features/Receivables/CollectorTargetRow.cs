namespace SalesCrm.Web.Features.Receivables;

/// <summary>AR-2: a collector's month — the target set (if any), what they collected, and whether the reader may set the target.</summary>
public sealed record CollectorTargetRow(Guid CollectorId, string Collector, string Region, decimal? Target, decimal Collected, bool CanSet)
{
    public decimal? AchievedPercent => Target is > 0 ? decimal.Round(Collected / Target.Value * 100, 1, MidpointRounding.AwayFromZero) : null;
}
