namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2: a share — what was collected of what fell due, the first contacts that became customers, the A-tier customers
/// visited as often as TIER-3 asks, the complaints answered within SVC-3's time — against the share the company asks
/// for (<see cref="TargetPercent"/>, null where it asks for none). Nothing counted yet (<see cref="Whole"/> 0) is no
/// rate at all, not 0%.
/// </summary>
public sealed record RateFigure(decimal Part, decimal Whole, decimal? TargetPercent)
{
    public static readonly RateFigure None = new(0m, 0m, null);

    /// <summary>The share, 0–100 to one decimal; null when nothing is counted.</summary>
    public decimal? Percent => Whole == 0m ? null : decimal.Round(100m * Part / Whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>Whether the share reaches its target; null without a share or a target.</summary>
    public bool? Met => Percent is { } percent && TargetPercent is { } target ? percent >= target : null;

    public static RateFigure Of(decimal part, decimal whole, decimal? targetPercent) => new(part, whole, targetPercent);

    /// <summary>The rates of several rows together: their parts over their wholes, not an average of their shares.</summary>
    public static RateFigure Sum(IEnumerable<RateFigure> rates, decimal? targetPercent)
    {
        var list = rates.ToList();
        return new RateFigure(list.Sum(r => r.Part), list.Sum(r => r.Whole), targetPercent);
    }
}
