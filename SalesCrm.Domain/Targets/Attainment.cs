namespace SalesCrm.Domain.Targets;

/// <summary>KPI-2: what was achieved against a target (signed amount, new valid customers, ...) in a period.</summary>
public sealed record Attainment(decimal Actual, decimal? Target)
{
    /// <summary>
    /// Actual / Target × 100, rounded half away from zero to one decimal (99.95 reads 100.0); null when there is no
    /// target, or a target of zero or less, against which no share can be measured.
    /// </summary>
    public decimal? Percent => Target is > 0 and var target
        ? decimal.Round(Actual * 100m / target, 1, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>Whether the target was reached: only a target more than zero can be.</summary>
    public bool Met => Target is > 0 && Actual >= Target;
}
