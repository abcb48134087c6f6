using System.Globalization;
using System.Numerics;
using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-1: a target split into parts (a year into quarters or months, a quarter into months or reps) so that rounding
/// leaves no yuan behind. Every part is a whole number of units (1 = whole yuan or whole customers, 0.01 = fen) and
/// the parts add up exactly to the total: each part is first rounded down, and the units this leaves over go one each
/// to the parts with the largest remainders (the largest-remainder method), an equal remainder to the earlier part.
/// 1,000,000 in three months is 333,334 / 333,333 / 333,333. The arithmetic is exact whatever the weights.
/// </summary>
public static class TargetSplit
{
    /// <summary>The total in <paramref name="parts"/> equal parts, the units left over to the first parts.</summary>
    public static IReadOnlyList<decimal> Evenly(decimal total, int parts, decimal unit = 1m)
    {
        if (parts < 1)
        {
            throw new DomainValidationException([new ValidationError("Parts", "Target.PartsInvalid", "Split a target into at least one part.")]);
        }

        return ByWeights(total, Enumerable.Repeat(1m, parts).ToArray(), unit);
    }

    /// <summary>
    /// The total in parts in proportion to <paramref name="weights"/> (zero or more, at least one more than zero): a
    /// part of weight zero gets nothing. The total is zero or more and a whole number of units.
    /// </summary>
    public static IReadOnlyList<decimal> ByWeights(decimal total, IReadOnlyList<decimal> weights, decimal unit = 1m)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var errors = new ValidationErrors();
        errors.AddIf("Unit", CheckUnit(unit));
        errors.AddIf("Total", CheckTotal(total, unit));
        errors.AddIf("Weights", CheckWeights(weights));
        errors.ThrowIfAny();

        var scale = Math.Max(total.Scale, unit.Scale);
        var units = Scaled(total, scale) / Scaled(unit, scale);
        var weightScale = weights.Max(w => w.Scale);
        var scaledWeights = weights.Select(w => Scaled(w, weightScale)).ToArray();
        var weightSum = scaledWeights.Aggregate(BigInteger.Zero, (sum, w) => sum + w);

        var counts = new BigInteger[weights.Count];
        var remainders = new BigInteger[weights.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            (counts[i], remainders[i]) = BigInteger.DivRem(units * scaledWeights[i], weightSum);
        }

        var leftOver = (int)(units - counts.Aggregate(BigInteger.Zero, (sum, c) => sum + c));
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(leftOver))
        {
            counts[i]++;
        }

        return counts.Select(c => (decimal)c * unit).ToArray();
    }

    /// <summary>The parts' sum minus the total: 0 when a split by hand adds up, more than 0 when it gives away too much.</summary>
    public static decimal Difference(decimal total, IEnumerable<decimal> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Sum() - total;
    }

    private static FieldError? CheckUnit(decimal unit) =>
        unit <= 0 ? new FieldError("Target.UnitInvalid", "A target is split in units of more than zero.") : null;

    private static FieldError? CheckTotal(decimal total, decimal unit)
    {
        if (total < 0)
        {
            return new FieldError("Target.TotalInvalid", "A target is zero or more.");
        }

        if (unit <= 0)
        {
            return null;
        }

        // Every part, a multiple of the unit up to the total, must be a decimal exactly, at the unit's decimals.
        var decimals = Decimals(unit);
        if (total > decimal.MaxValue / PowerOfTen(decimals))
        {
            return new FieldError("Target.TotalInvalid", "The target is too large to split.");
        }

        var scale = Math.Max(total.Scale, unit.Scale);
        return Scaled(total, scale) % Scaled(unit, scale) != 0
            ? new FieldError("Target.TotalInvalid", string.Create(CultureInfo.InvariantCulture, $"The target is split in whole units of {unit}: it must be a multiple of {unit}."))
            : null;
    }

    private static FieldError? CheckWeights(IReadOnlyList<decimal> weights) =>
        weights.Count == 0 ? new FieldError("Target.WeightsInvalid", "Split a target into at least one part.")
        : weights.Any(w => w < 0) ? new FieldError("Target.WeightsInvalid", "A part's weight is zero or more.")
        : weights.All(w => w == 0) ? new FieldError("Target.WeightsInvalid", "At least one part's weight is more than zero.")
        : null;

    /// <summary>The value times 10^<paramref name="scale"/>, exactly (<paramref name="scale"/> at least the value's own).</summary>
    private static BigInteger Scaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (value < 0 ? -mantissa : mantissa) * BigInteger.Pow(10, scale - value.Scale);
    }

    /// <summary>The decimals the value needs: 2 for 0.01 and for 0.010, 0 for 1 and for 1.00.</summary>
    private static int Decimals(decimal value)
    {
        var decimals = (int)value.Scale;
        while (decimals > 0 && decimal.Round(value, decimals - 1) == value)
        {
            decimals--;
        }

        return decimals;
    }

    private static decimal PowerOfTen(int exponent)
    {
        var power = 1m;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10m;
        }

        return power;
    }
}
