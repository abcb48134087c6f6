using System.Globalization;
using System.Linq.Expressions;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-6, the claim rules that keep the pool fair, each a company setting: a rep claims from their own region's pool
/// (another region's customer only through that region's sales manager), holds at most <see cref="HoldingLimit"/>
/// customers, claims at most <see cref="DailyLimit"/> a company day (CAL-1), and may not take back a customer released
/// from them until <see cref="CoolingOffDays"/> days have passed. A limit of null is off. Every refusal names its rule
/// and when it lifts.
/// </summary>
public sealed record PoolClaimRules(bool PerRegion, int? HoldingLimit, bool HoldingSkipsRecentlySigned, int? DailyLimit, int CoolingOffDays)
{
    /// <summary>How far back a signed contract keeps a customer out of the holding count.</summary>
    public const int SignedMonths = 12;

    public static readonly PoolClaimRules None = new(PerRegion: false, HoldingLimit: null, HoldingSkipsRecentlySigned: false, DailyLimit: null, CoolingOffDays: 0);

    /// <summary>
    /// The customers the holding limit counts for <paramref name="repId"/> on company day <paramref name="today"/>:
    /// those they own outside the pool, neither lost nor a disqualified lead, and — when the setting says so — without a
    /// contract signed in the last <see cref="SignedMonths"/> months.
    /// </summary>
    public Expression<Func<Customer, bool>> Holding(Guid repId, DateOnly today, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var signedSince = calendar.StartOf(today.AddMonths(-SignedMonths));
        var skipSigned = HoldingSkipsRecentlySigned;
        return c => c.OwnerId == repId && c.PooledAt == null && c.Status != CustomerStatus.Lost && c.Lead != LeadStatus.Disqualified
            && !(skipSigned && c.LastSignedAt != null && c.LastSignedAt >= signedSince);
    }

    /// <summary>The first rule that refuses <paramref name="claimant"/> this customer now, or null when they may claim it.</summary>
    public PoolRefusal? Check(Guid customerRegionId, string customerRegion, PoolClaimant claimant, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(calendar);
        var today = calendar.DayOf(now);
        if (PerRegion && !claimant.ByRegionManager && claimant.RegionId != customerRegionId)
        {
            return new PoolRefusal(
                "Pool.OtherRegion",
                string.Create(CultureInfo.InvariantCulture, $"This customer is in the {customerRegion} region's pool; you claim from your own region's pool. The sales manager of {customerRegion} can claim it for you."),
                [customerRegion]);
        }

        if (CoolingOffDays > 0 && claimant.ReleasedFromRepAt is { } releasedAt)
        {
            var released = calendar.DayOf(releasedAt);
            var again = released.AddDays(CoolingOffDays);
            if (today < again)
            {
                return new PoolRefusal(
                    "Pool.CoolingOff",
                    string.Create(CultureInfo.InvariantCulture, $"This customer was released from you on {released:d MMMM}; you can claim it again from {again:d MMMM} ({CoolingOffDays} days after its release)."),
                    [released, again, CoolingOffDays]);
            }
        }

        if (DailyLimit is { } daily && claimant.ClaimedToday >= daily)
        {
            return new PoolRefusal(
                "Pool.DailyLimit",
                string.Create(CultureInfo.InvariantCulture, $"You already claimed {claimant.ClaimedToday} customers today (the daily limit is {daily}); you can claim again tomorrow."),
                [claimant.ClaimedToday, daily]);
        }

        if (HoldingLimit is { } holding && claimant.Held >= holding)
        {
            return new PoolRefusal(
                "Pool.HoldingLimit",
                string.Create(CultureInfo.InvariantCulture, $"You hold {claimant.Held} customers (the holding limit is {holding}); you can claim again once you hold fewer."),
                [claimant.Held, holding]);
        }

        return null;
    }
}
