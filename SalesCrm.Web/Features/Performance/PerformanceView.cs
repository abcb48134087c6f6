namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// Whose figures a scorecard shows: the user's own, one region's people, the company's regions, or (KPI-3's ranking)
/// every person of the company.
/// </summary>
public enum PerformanceView
{
    Mine = 1,
    Team = 2,
    Company = 3,
    Everyone = 4,
}
