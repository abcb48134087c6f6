using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Care;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / TIER-1, CUS-3, CUS-4, CUS-5: the grade override's reason, the managed list of lost reasons, marking a
// customer lost or reactivating it, and care records. Hostile text comes back on its field; nothing is changed or added.
public sealed class HostileTierAndCareInputTests : IAsyncLifetime
{
    private GradeScenario _s = null!;

    public async Task InitializeAsync() => _s = await GradeScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task TIER1_AHostileOverrideReason_IsRefusedOnTheReason_AndTheGradeIsUnchanged(string hostile, string code)
    {
        var errors = await _s.Database.SignIn(_s.Manager).Tiers.OverrideAsync(_s.Customer.Id, Tier.A, HostileInput.Text(hostile));

        Assert.Equal(("TierOverrideReason", code), (Assert.Single(errors).Field, errors[0].Code));
        var customer = await _s.ReloadAsync();
        Assert.Equal(((Tier?)null, (string?)null), (customer.TierOverride, customer.TierOverrideReason));
    }

    [Fact]
    public async Task TIER1_MarkupInAnOverrideReason_IsStoredExactlyAsTyped()
    {
        Assert.Empty(await _s.Database.SignIn(_s.Manager).Tiers.OverrideAsync(_s.Customer.Id, Tier.A, HostileInput.Script));

        Assert.Equal(HostileInput.Script, (await _s.ReloadAsync()).TierOverrideReason);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CUS3_AHostileLostReasonName_IsRefusedOnEachName_AndTheListIsUnchanged(string hostile, string code)
    {
        var lost = _s.Database.SignIn(_s.Director).Lost;
        var existing = await _s.LostReasonAsync("Price", "价格");
        var text = HostileInput.Text(hostile);

        var added = await lost.AddReasonAsync(text, text);
        var renamed = await lost.RenameReasonAsync(existing, text, text);

        Assert.Equal(["NameEn", "NameZh", "NameEn", "NameZh"], added.Concat(renamed).Where(e => e.Code == code).Select(e => e.Field));
        var reason = Assert.Single(await lost.ReasonsAsync(activeOnly: false));
        Assert.Equal(("Price", "价格"), (reason.NameEn, reason.NameZh));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CUS3_AHostileNoteWhenMarkingLost_IsRefusedOnTheNote_AndTheCustomerStaysActive(string hostile, string code)
    {
        var reason = await _s.LostReasonAsync("Price", "价格");

        var errors = await _s.Database.SignIn(_s.Rep).Lost.MarkLostAsync(_s.Customer.Id, reason, HostileInput.Text(hostile));

        Assert.Equal(("LostNote", code), (Assert.Single(errors).Field, errors[0].Code));
        var customer = await _s.ReloadAsync();
        Assert.Equal(((Guid?)null, (string?)null), (customer.LostReasonId, customer.LostNote));
        Assert.NotEqual(CustomerStatus.Lost, customer.Status);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CUS5_AHostileDetailWhenReactivating_IsRefusedOnTheDetail_AndTheCustomerStaysLostWithoutANotice(string hostile, string code)
    {
        var lost = _s.Database.SignIn(_s.Rep).Lost;
        Assert.Empty(await lost.MarkLostAsync(_s.Customer.Id, await _s.LostReasonAsync("Price", "价格"), "Over budget"));
        await using var before = _s.Database.CreateContext();
        var notices = await before.OnboardingNotices.CountAsync();

        var errors = await lost.ReactivateAsync(_s.Customer.Id, HostileInput.Text(hostile));

        Assert.Equal(("Detail", code), (Assert.Single(errors).Field, errors[0].Code));
        await using var db = _s.Database.CreateContext();
        Assert.Equal((CustomerStatus.Lost, notices), ((await _s.ReloadAsync()).Status, await db.OnboardingNotices.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CUS4_AHostileCareNote_IsRefusedOnTheNote_AndNoCareIsRecorded(string hostile, string code)
    {
        var errors = await _s.Database.SignIn(_s.Rep).Care.RecordAsync(_s.Customer.Id, CareAction.Gift, HostileInput.Text(hostile));

        Assert.Equal((nameof(CareRecord.Note), code), (Assert.Single(errors).Field, errors[0].Code));
        await using var db = _s.Database.CreateContext();
        Assert.Equal(0, await db.CareRecords.CountAsync());
    }

    [Fact]
    public async Task CUS4_MarkupInACareNote_IsRecordedExactlyAsTyped()
    {
        var care = _s.Database.SignIn(_s.Rep).Care;
        Assert.Empty(await care.RecordAsync(_s.Customer.Id, CareAction.Gift, HostileInput.Script));

        Assert.Equal(HostileInput.Script, Assert.Single((await care.RecentAsync(new PageRequest(0, 10))).Items).Note);
    }
}
