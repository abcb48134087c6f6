namespace SalesCrm.Domain.Customers;

/// <summary>TIER-1: the grade that follows from the signed-contract amount of the trailing 12 months.</summary>
public static class TierPolicy
{
    /// <summary>A above <see cref="TierThresholds.AAbove"/> (exactly the threshold is B), B from <see cref="TierThresholds.BFrom"/>, else C.</summary>
    public static Tier Grade(decimal trailingAmount, TierThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (trailingAmount > thresholds.AAbove)
        {
            return Tier.A;
        }

        return trailingAmount >= thresholds.BFrom ? Tier.B : Tier.C;
    }

    /// <summary>
    /// The amount signed in the 12 months up to <paramref name="now"/>: a signing counts when
    /// <c>now.AddMonths(-12) &lt; SignedAt &lt;= now</c>. A signing exactly 12 calendar months ago (same UTC instant)
    /// has dropped out; one tick later it still counts. Signings after <paramref name="now"/> do not count yet.
    /// <see cref="DateTimeOffset.AddMonths"/> clamps to the month's last day, so on 29 Feb 2028 the window opens after
    /// 28 Feb 2027 at the same time of day.
    /// </summary>
    public static decimal TrailingAmount(IEnumerable<(DateTimeOffset SignedAt, decimal Amount)> signings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signings);
        var from = now.AddMonths(-12);
        return signings.Where(s => s.SignedAt > from && s.SignedAt <= now).Sum(s => s.Amount);
    }
}
