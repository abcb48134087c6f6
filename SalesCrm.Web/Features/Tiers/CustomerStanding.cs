using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>
/// A customer's standing as its overview shows it: the grade and which rule gives it (TIER-1: the trailing amount, or a
/// manager's override and why), the account manager flag (TIER-2), the loss (CUS-3), and what the viewer may change.
/// </summary>
public sealed record CustomerStanding(
    Tier Effective,
    Tier Computed,
    decimal TrailingAmount,
    bool IsOverridden,
    Tier? Override,
    string? OverrideReason,
    string? OverriddenBy,
    DateTimeOffset? OverriddenAt,
    bool NeedsAccountManager,
    Guid? AccountManagerId,
    bool IsLost,
    LostReasonName? LostReason,
    string? LostNote,
    DateTimeOffset? LostAt,
    bool CanManage,
    bool CanMarkLost);
