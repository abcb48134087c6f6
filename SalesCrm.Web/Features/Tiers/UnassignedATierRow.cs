namespace SalesCrm.Web.Features.Tiers;

/// <summary>TIER-2: an A-tier customer flagged because it has no dedicated account manager.</summary>
public sealed record UnassignedATierRow(Guid CustomerId, string Customer, string Region, string Owner, bool IsOverridden);
