namespace SalesCrm.Web.Features.Visits;

/// <summary>TIER-3: how many A-tier customers the user answers for, and how many of them are behind this quarter.</summary>
public sealed record ComplianceSummary(CompliancePeriod Period, int ATier, int Behind);
