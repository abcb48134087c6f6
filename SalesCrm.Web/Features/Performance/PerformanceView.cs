namespace SalesCrm.Web.Features.Performance;

/// <summary>Whose figures a scorecard shows: the user's own, one region's people, or the company's regions.</summary>
public enum PerformanceView
{
    Mine = 1,
    Team = 2,
    Company = 3,
}
