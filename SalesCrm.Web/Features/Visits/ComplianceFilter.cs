namespace SalesCrm.Web.Features.Visits;

/// <summary>TIER-3: only the customers behind, and (for the director) one region.</summary>
public sealed record ComplianceFilter(bool BehindOnly = true, Guid? RegionId = null);
