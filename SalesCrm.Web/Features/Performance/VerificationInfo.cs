namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-2: who verified a region's month, and when.</summary>
public sealed record VerificationInfo(Guid RegionId, string Region, string VerifiedBy, DateTimeOffset VerifiedAt);
