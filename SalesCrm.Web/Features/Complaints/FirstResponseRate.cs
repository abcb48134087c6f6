namespace SalesCrm.Web.Features.Complaints;

/// <summary>
/// SVC-3, KPI-2: of the requests received this month whose first response was given or is past due, how many were
/// answered <see cref="Within"/> of receipt.
/// </summary>
public sealed record FirstResponseRate(TimeSpan Within, int Measured, int InTime)
{
    /// <summary>The share answered in time, 0–100; null when nothing is measured yet.</summary>
    public double? Percent => Measured == 0 ? null : 100.0 * InTime / Measured;
}
