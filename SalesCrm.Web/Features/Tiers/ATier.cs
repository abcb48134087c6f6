using System.Linq.Expressions;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>
/// TIER-1..3 as filters the database applies. <see cref="Customer.EffectiveTier"/> is not stored: it is the better of
/// the computed grade and a manager's, so a customer is A when either is. A lost customer (status, not <c>LostAt</c>,
/// which a returning customer keeps for the churn analysis) owes no visits and needs no account manager.
/// </summary>
public static class ATier
{
    public static readonly Expression<Func<Customer, bool>> Active =
        c => (c.ComputedTier == Tier.A || c.TierOverride == Tier.A) && c.Status != CustomerStatus.Lost;

    /// <summary>
    /// <see cref="Active"/> as two disjoint sets, each along its own index with the region (computed A; a manager's A over
    /// a lower computed grade): the OR of the two grades reads every customer of a region.
    /// </summary>
    public static IReadOnlyList<Expression<Func<Customer, bool>>> ActiveParts { get; } =
    [
        c => c.ComputedTier == Tier.A && c.Status != CustomerStatus.Lost,
        c => c.TierOverride == Tier.A && c.ComputedTier != Tier.A && c.Status != CustomerStatus.Lost,
    ];

    /// <summary>
    /// TIER-1: customers whose effective grade is <paramref name="tier"/>. A manager's grade counts only when higher than
    /// the computed one, so a stored B override under a computed A is A.
    /// </summary>
    public static Expression<Func<Customer, bool>> Graded(Tier tier) => tier switch
    {
        Tier.A => c => c.ComputedTier == Tier.A || c.TierOverride == Tier.A,
        Tier.B => c => c.ComputedTier != Tier.A && c.TierOverride != Tier.A && (c.ComputedTier == Tier.B || c.TierOverride == Tier.B),
        _ => c => c.ComputedTier == Tier.C && (c.TierOverride == null || c.TierOverride == Tier.C),
    };

}
