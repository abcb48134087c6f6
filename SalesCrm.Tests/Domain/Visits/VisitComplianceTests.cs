using SalesCrm.Domain.Common;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Tests.Domain.Visits;

/// <summary>TIER-3: A-tier customers get two on-site visits a quarter, by the account manager or the region's sales manager.</summary>
public sealed class VisitComplianceTests
{
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly DateTimeOffset InQ4 = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly CompanyCalendar Calendar = CompanyCalendar.ChinaStandardTime;
    private readonly Guid _accountManager = Guid.NewGuid();
    private readonly Guid _regionManager = Guid.NewGuid();

    [Theory]
    [InlineData(0, true, 2)]
    [InlineData(1, true, 1)]
    [InlineData(2, false, 0)]
    [InlineData(3, false, 0)]
    public void TIER3_FewerThanTwoVisits_IsBehind_ByWhatIsMissing(int visits, bool behind, int missing)
    {
        Assert.Equal((behind, missing), (VisitCompliance.IsBehind(visits, VisitCompliance.DefaultRequiredPerQuarter), VisitCompliance.Missing(visits, VisitCompliance.DefaultRequiredPerQuarter)));
    }

    [Fact]
    public void TIER3_OnSiteVisitsByTheAccountManagerAndTheRegionManager_BothCount()
    {
        (Guid, ContactKind, DateTimeOffset)[] visits = [(_accountManager, ContactKind.OnSiteVisit, InQ4), (_regionManager, ContactKind.OnSiteVisit, InQ4.AddDays(3))];

        Assert.Equal(2, VisitCompliance.CountingVisits(visits, _accountManager, _regionManager, Q4, Calendar));
    }

    [Fact]
    public void TIER3_CallsVideoAndOthersVisits_DoNotCount()
    {
        (Guid, ContactKind, DateTimeOffset)[] contacts =
        [
            (_accountManager, ContactKind.Phone, InQ4),
            (_accountManager, ContactKind.Video, InQ4),
            (_regionManager, ContactKind.Email, InQ4),
            (Guid.NewGuid(), ContactKind.OnSiteVisit, InQ4),
        ];

        Assert.Equal(0, VisitCompliance.CountingVisits(contacts, _accountManager, _regionManager, Q4, Calendar));
    }

    [Fact]
    public void TIER3_CAL1_AVisitCountsInTheCompanyQuarterItHappened_TheLastTickOfSeptemberInBeijingIsQ3()
    {
        var q4Starts = Calendar.StartOf(Q4);
        (Guid, ContactKind, DateTimeOffset)[] visits = [(_accountManager, ContactKind.OnSiteVisit, q4Starts.AddTicks(-1)), (_accountManager, ContactKind.OnSiteVisit, q4Starts)];

        Assert.Equal((1, 1), (VisitCompliance.CountingVisits(visits, _accountManager, _regionManager, Q4, Calendar), VisitCompliance.CountingVisits(visits, _accountManager, _regionManager, new Quarter(2026, 3), Calendar)));
    }

    [Fact]
    public void TIER3_WithoutAnAccountManager_TheRegionManagersVisitsStillCount()
    {
        (Guid, ContactKind, DateTimeOffset)[] visits = [(_regionManager, ContactKind.OnSiteVisit, InQ4)];

        Assert.Equal(1, VisitCompliance.CountingVisits(visits, null, _regionManager, Q4, Calendar));
    }
}
