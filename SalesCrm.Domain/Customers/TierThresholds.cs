using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// TIER-1: the trailing-12-month signed amounts (CNY) that make a grade, set by the marketing director. A needs
/// <em>more than</em> <see cref="AAbove"/> (004: 年采购额超500万); B needs <em>at least</em> <see cref="BFrom"/> (ours).
/// </summary>
public sealed record TierThresholds(decimal AAbove, decimal BFrom)
{
    public static TierThresholds Default { get; } = new(5_000_000m, 1_000_000m);

    /// <summary>Whether a director's setting makes sense: no negative amount, and B starts no higher than A.</summary>
    public IReadOnlyList<ValidationError> Check()
    {
        var errors = new ValidationErrors();
        if (AAbove < 0)
        {
            errors.Add(nameof(AAbove), "Tier.ThresholdNegative", "A threshold cannot be negative.");
        }

        if (BFrom < 0)
        {
            errors.Add(nameof(BFrom), "Tier.ThresholdNegative", "A threshold cannot be negative.");
        }
        else if (BFrom > AAbove)
        {
            errors.Add(nameof(BFrom), "Tier.ThresholdsOrder", "The B threshold cannot be above the A threshold.");
        }

        return errors.Items;
    }
}
