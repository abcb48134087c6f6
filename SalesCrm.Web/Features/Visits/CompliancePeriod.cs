using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Visits;

/// <summary>TIER-3: the quarter being counted, the days left in it (today included) and the visits each A-tier customer needs.</summary>
public sealed record CompliancePeriod(Quarter Quarter, int DaysLeft, int Required);
