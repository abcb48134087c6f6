namespace SalesCrm.Domain.Targets;

/// <summary>KPI-1: submitted → approved, or sent back and submitted again.</summary>
public enum ImprovementPlanStatus
{
    Submitted = 1,
    Approved = 2,
    SentBack = 3,
}
