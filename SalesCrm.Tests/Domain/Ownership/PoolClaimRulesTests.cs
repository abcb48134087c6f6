using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Ownership;

// OWN-6's claim rules on their own, at their edges in company time (CAL-1: Beijing, UTC+8).
public sealed class PoolClaimRulesTests
{
    private static readonly Guid East = Guid.NewGuid();
    private static readonly Guid South = Guid.NewGuid();
    private static readonly PoolClaimRules All = new(PerRegion: true, HoldingLimit: 50, HoldingSkipsRecentlySigned: true, DailyLimit: 5, CoolingOffDays: 30);

    private static DateTimeOffset Beijing(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static PoolClaimant Rep(Guid? region = null, int held = 0, int today = 0, DateTimeOffset? released = null, bool byManager = false) =>
        new(region ?? East, byManager, held, today, released);

    private static string? Refused(PoolClaimRules rules, PoolClaimant claimant, DateTimeOffset now) =>
        rules.Check(East, "East", claimant, now, Company.Calendar)?.Code;

    [Fact]
    public void OWN6_CAL1_ACustomerReleasedAt0030BeijingOn3May_ComesBackToItsFormerOwnerAtBeijingMidnightStarting2June()
    {
        var released = Beijing(5, 3, 0, 30); // 16:30 UTC on 2 May: a UTC day would let them back a day early

        var refusal = All.Check(East, "East", Rep(released: released), Beijing(6, 1, 23, 59), Company.Calendar);

        Assert.Equal(("Pool.CoolingOff", "This customer was released from you on 3 May; you can claim it again from 2 June (30 days after its release)."), (refusal!.Code, refusal.Message));
        Assert.Null(Refused(All, Rep(released: released), Beijing(6, 2, 0, 0)));
        Assert.Null(Refused(All with { CoolingOffDays = 0 }, Rep(released: released), Beijing(5, 3, 1, 0)));
    }

    [Fact]
    public void OWN6_TheDailyAndHoldingLimits_RefuseAtTheLimit_NotBelowIt_AndNullIsOff()
    {
        var now = Beijing(6, 10, 9, 0);

        Assert.Equal("Pool.DailyLimit", Refused(All, Rep(today: 5), now));
        Assert.Null(Refused(All, Rep(today: 4), now));
        Assert.Equal("Pool.HoldingLimit", Refused(All, Rep(held: 50), now));
        Assert.Null(Refused(All, Rep(held: 49), now));
        Assert.Null(Refused(PoolClaimRules.None, Rep(held: 5_000, today: 500), now));
    }

    [Fact]
    public void OWN6_AnotherRegionsRep_IsRefusedFirst_UnlessTheRegionsManagerClaimsForThem_OrThePoolIsOpenToAllRegions()
    {
        var now = Beijing(6, 10, 9, 0);
        var southRep = Rep(region: South, today: 5, released: now.AddDays(-1));

        var refusal = All.Check(East, "East", southRep, now, Company.Calendar);

        Assert.Equal(("Pool.OtherRegion", "East"), (refusal!.Code, refusal.Arguments[0]));
        Assert.Equal("Pool.CoolingOff", Refused(All, southRep with { ByRegionManager = true }, now));
        Assert.Equal("Pool.CoolingOff", Refused(All with { PerRegion = false }, southRep, now));
    }
}
