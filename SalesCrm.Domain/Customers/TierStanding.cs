using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// TIER-1: a customer's grade — the one the trailing 12 months' signed amount gives (<see cref="TierPolicy"/>) and a
/// higher one a manager may set for size or demand potential, with the reason, who set it and when. Immutable: each
/// change gives a new standing.
/// </summary>
public sealed record TierStanding(Tier Computed, Tier? Override, string? OverrideReason, Guid? OverriddenById, DateTimeOffset? OverriddenAt)
{
    public const int ReasonMaxLength = 500;

    /// <summary>A customer not graded yet is C.</summary>
    public static TierStanding Ungraded { get; } = new(Tier.C, null, null, null, null);

    /// <summary>
    /// The better of the computed grade and the override. An override stays when the computed grade catches up with it
    /// (its reason, size or potential, does not depend on the amount), so it applies again if the amount falls.
    /// </summary>
    public Tier Effective => Override is { } set && set < Computed ? set : Computed;

    /// <summary>The record shows which applies: true while the manager's override, not the amount, gives the grade.</summary>
    public bool IsOverridden => Override is { } set && set < Computed;

    /// <summary>The grade the amount now gives; a manager's override is kept.</summary>
    public TierStanding Regraded(Tier computed)
    {
        if (!Enum.IsDefined(computed))
        {
            throw new ArgumentOutOfRangeException(nameof(computed), computed, "Not a tier.");
        }

        return this with { Computed = computed };
    }

    /// <summary>A manager grades higher than the amount does, with a written reason; it replaces an earlier override.</summary>
    public TierStanding Raised(Tier higher, string? reason, Guid byId, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(higher))
        {
            errors.Add(nameof(Customer.TierOverride), "Tier.Required", "Choose the grade.");
        }
        else if (higher >= Computed)
        {
            errors.Add(nameof(Customer.TierOverride), "Tier.OverrideNotHigher", Computed == Tier.A
                ? "The customer is graded A by its signed amount already; there is no higher grade."
                : $"Choose a grade higher than {Computed}, the grade its signed amount gives.");
        }

        var clean = Text.Clean(reason);
        if (clean is null)
        {
            errors.Add(nameof(Customer.TierOverrideReason), "Tier.ReasonRequired", "Give the reason for the higher grade: the customer's size or demand potential.");
        }

        errors.AddIf(nameof(Customer.TierOverrideReason), Text.Check(clean, ReasonMaxLength));
        errors.ThrowIfAny();
        return this with { Override = higher, OverrideReason = clean, OverriddenById = byId, OverriddenAt = now };
    }

    /// <summary>The grade follows the signed amount again.</summary>
    public TierStanding WithoutOverride()
    {
        if (Override is null)
        {
            throw new DomainException("Tier.NotOverridden", "This customer's grade is not overridden.");
        }

        return this with { Override = null, OverrideReason = null, OverriddenById = null, OverriddenAt = null };
    }
}
