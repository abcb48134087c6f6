using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2: the figures of a period for the people of a region, the regions of the company, or one person, with their
/// total and the months of the year as a trend. <see cref="RegionId"/> is the region shown (Team), else null.
/// <see cref="Verifications"/>: for a month, finance's sign-offs of the regions shown; <see cref="CanVerify"/> whether
/// the user may verify this region's month now.
/// </summary>
public sealed record Scorecard(
    Period Period,
    PerformanceView View,
    Guid? RegionId,
    IReadOnlyList<ScorecardRow> Rows,
    ScorecardRow Total,
    IReadOnlyList<TrendPoint> Trend,
    int DaysCounted,
    IReadOnlyList<VerificationInfo> Verifications,
    bool CanVerify)
{
    /// <summary>KPI-3's ranking as the page and the exports show it: best attainment first; rows without a target last; ties by amount, then name.</summary>
    public IEnumerable<ScorecardRow> Ranked => Rows
        .OrderByDescending(r => r.SignedAmount.Attainment.Percent ?? decimal.MinValue)
        .ThenByDescending(r => r.SignedAmount.Actual)
        .ThenBy(r => r.Name, StringComparer.CurrentCulture);
}
