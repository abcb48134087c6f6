namespace SalesCrm.Web.Features.Complaints;

/// <summary>SVC-2: the complaints resolved this month and the mean time from receipt to resolution; null when none.</summary>
public sealed record ResolutionTime(int Resolved, TimeSpan? Average);
