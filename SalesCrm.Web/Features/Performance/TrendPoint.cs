using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Performance;

/// <summary>One month of a scorecard's trend: what was signed against the month's target.</summary>
public sealed record TrendPoint(Period Month, decimal SignedAmount, decimal? Target);
