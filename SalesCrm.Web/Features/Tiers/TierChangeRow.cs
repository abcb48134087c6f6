using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>
/// TIER-1: one change of a customer's grade from the audit trail: the computed grade (by the signing, cancelling or
/// nightly regrading that changed it) or a manager's override (set or cleared, with its reason).
/// </summary>
public sealed record TierChangeRow(DateTimeOffset At, Guid CustomerId, string Customer, bool IsOverride, Tier? From, Tier? To, string? Reason, string By);
