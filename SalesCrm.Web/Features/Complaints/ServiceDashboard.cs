using SalesCrm.Domain.Complaints;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>
/// The service figures (SVC-2/3, KPI-2) of what the user answers for — their region, or all for the director and
/// administrators — at <see cref="At"/>. "This month" is the UTC calendar month of <see cref="At"/>.
/// </summary>
public sealed record ServiceDashboard(
    DateTimeOffset At,
    bool HasRequests,
    IReadOnlyList<ServiceCount<ServiceRequestStatus>> OpenByStatus,
    IReadOnlyList<ServiceCount<ServiceRequestKind>> OpenByKind,
    int Overdue,
    FirstResponseRate FirstResponse,
    ResolutionTime Resolution,
    IReadOnlyList<SatisfactionMonth> SatisfactionTrend,
    IReadOnlyList<ServiceCount<ServiceCategory>> ComplaintsByCategory)
{
    public int Open => OpenByStatus.Sum(s => s.Count);

    /// <summary>The last month of the trend: this month's mean score, or null while none was given.</summary>
    public SatisfactionMonth? SatisfactionThisMonth => SatisfactionTrend.Count == 0 ? null : SatisfactionTrend[^1];
}
