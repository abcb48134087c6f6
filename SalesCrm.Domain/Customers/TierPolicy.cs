using SalesCrm.Domain.Common;

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
    /// The amount signed in the 12 months up to <paramref name="now"/>, counted in company days (CAL-1): on 15 April
    /// 2026 a signing counts from 16 April 2025 (company time) on; one on 15 April 2025 has dropped out. Signings after
    /// <paramref name="now"/> do not count yet. <see cref="DateOnly.AddMonths"/> clamps to the month's last day, so on
    /// 29 Feb 2028 the window opens on 1 March 2027.
    /// </summary>
    public static decimal TrailingAmount(IEnumerable<(DateTimeOffset SignedAt, decimal Amount)> signings, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(signings);
        var from = TrailingFrom(now, calendar);
        return signings.Where(s => s.SignedAt >= from && s.SignedAt <= now).Sum(s => s.Amount);
    }

    /// <summary>The first instant of the trailing 12 months up to <paramref name="now"/>: the start of the company day after the same day a year before.</summary>
    public static DateTimeOffset TrailingFrom(DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.EndOf(calendar.DayOf(now).AddMonths(-12));
    }
}
