namespace SalesCrm.Web.Features.Complaints;

/// <summary>SVC-2: the mean satisfaction score (1–5) of the complaints resolved in a month; null in a month without scores.</summary>
public sealed record SatisfactionMonth(DateOnly Month, double? Average, int Scores);
