using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>
/// OWN-6's claim rules, each a setting enforced by the server: the pool is per region, a rep holds and claims a limited
/// number, a former owner waits before reclaiming, grades keep customers for their own days, and owners are reminded.
/// Every refusal names its rule and when it lifts.
/// </summary>
public sealed class PoolRulesTests : IAsyncLifetime
{
    /// <summary>The customers are registered at 17:30 on 2 March, Beijing; 90 days later they go at 00:00 on 1 June.</summary>
    private static readonly DateTimeOffset ReleasedAt = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private Region _south = default!;
    private CrmUser _owner = default!;
    private CrmUser _eastRep = default!;
    private CrmUser _southRep = default!;
    private CrmUser _eastManager = default!;
    private Customer _first = default!;
    private Customer _second = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _database.Pool.Enabled = true;
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _south = await _organisation.RegionAsync("South");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _eastRep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "马丽");
        _southRep = await _organisation.UserAsync(CrmRole.SalesRep, _south, "吴芳");
        _eastManager = await _organisation.AppointedManagerAsync(_east, "李娜");
        _first = await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, _owner);
        _second = await new CustomerBuilder().Named("Acme Trading").SaveAsync(_database, _owner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OWN6_PerRegion_ARepOfAnotherRegionIsRefused_NamingTheRegion_AndItsSalesManagerClaimsItForThem()
    {
        await ReleaseAsync();

        var refusal = await _database.SignIn(_southRep).Pool.ClaimAsync(_first.Id);

        Assert.Equal("Pool.OtherRegion", refusal?.Code);
        Assert.Contains("East region's pool", refusal!.Message, StringComparison.Ordinal);
        Assert.Null(await _database.SignIn(_eastManager).Pool.ClaimForAsync(_first.Id, _southRep.Id));
        await using var db = _database.CreateContext();
        Assert.Equal((_southRep.Id, _south.Id), await db.Customers.Where(c => c.Id == _first.Id).Select(c => ValueTuple.Create(c.OwnerId, c.RegionId)).SingleAsync());
        var line = await db.OwnershipLedger.SingleAsync(l => l.Change == OwnershipChange.ClaimedFromPool);
        Assert.Equal((_southRep.Id, _eastManager.Id), (line.OwnerId, line.DecidedById));
    }

    [Fact]
    public async Task OWN6_PerRegion_OnlyTheCustomersRegionsManagerClaimsForARep_NotAnotherRegionsNorARep()
    {
        await ReleaseAsync();
        var southManager = await _organisation.AppointedManagerAsync(_south);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(southManager).Pool.ClaimForAsync(_first.Id, _southRep.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_eastRep).Pool.ClaimForAsync(_first.Id, _southRep.Id));
    }

    [Fact]
    public async Task OWN6_CAL1_CoolingOff_ThePreviousOwnerReclaimsOnlyFrom30CompanyDaysAfterTheRelease()
    {
        await ReleaseAsync();

        var refusal = await _database.SignIn(_owner).Pool.ClaimAsync(_first.Id);

        Assert.Equal("Pool.CoolingOff", refusal?.Code);
        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1), 30], refusal!.Arguments);
        Assert.Contains("released from you on 1 June; you can claim it again from 1 July", refusal.Message, StringComparison.Ordinal);
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 6, 30, 15, 59, 0, TimeSpan.Zero)); // 23:59 on 30 June in Beijing
        Assert.Equal("Pool.CoolingOff", (await _database.SignIn(_owner).Pool.ClaimAsync(_first.Id))?.Code);
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 6, 30, 16, 30, 0, TimeSpan.Zero)); // 00:30 on 1 July in Beijing
        Assert.Null(await _database.SignIn(_owner).Pool.ClaimAsync(_first.Id));
    }

    [Fact]
    public async Task OWN6_CAL1_DailyLimit_ARepAtTheLimitIsRefusedUntilTheNextCompanyDay()
    {
        _database.Pool.DailyClaimLimit = 1;
        await ReleaseAsync();
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 15, 30, 0, TimeSpan.Zero)); // 23:30 on 1 June in Beijing
        Assert.Null(await _database.SignIn(_eastRep).Pool.ClaimAsync(_first.Id));

        var refusal = await _database.SignIn(_eastRep).Pool.ClaimAsync(_second.Id);

        Assert.Equal("Pool.DailyLimit", refusal?.Code);
        Assert.Equal("You already claimed 1 customers today (the daily limit is 1); you can claim again tomorrow.", refusal!.Message);
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 16, 30, 0, TimeSpan.Zero)); // 00:30 on 2 June in Beijing
        Assert.Null(await _database.SignIn(_eastRep).Pool.ClaimAsync(_second.Id));
    }

    [Fact]
    public async Task OWN6_HoldingLimit_ARepHoldingTheLimitIsRefused_UntilTheyHoldFewer()
    {
        _database.Pool.HoldingLimit = 1;
        _database.Pool.HoldingLimitSkipsRecentlySigned = false;
        await ReleaseAsync();
        await new CustomerBuilder().Named("Globex Trading").SaveAsync(_database, _eastRep);

        var refusal = await _database.SignIn(_eastRep).Pool.ClaimAsync(_first.Id);

        Assert.Equal("Pool.HoldingLimit", refusal?.Code);
        Assert.Equal([1, 1], refusal!.Arguments);
        Assert.Equal("You hold 1 customers (the holding limit is 1); you can claim again once you hold fewer.", refusal.Message);
    }

    [Fact]
    public async Task OWN6_HoldingLimit_CustomersSignedInTheLast12Months_DoNotCount_WhenTheSettingSaysSo()
    {
        _database.Pool.HoldingLimit = 1;
        await ReleaseAsync();
        var signed = await new CustomerBuilder().Named("Globex Trading").SaveAsync(_database, _eastRep);
        await using (var db = _database.CreateContext())
        {
            var customer = await db.Customers.SingleAsync(c => c.Id == signed.Id);
            customer.RecordSignedContract(Money.Cny(100_000m), _database.Time.GetUtcNow().AddMonths(-11));
            await db.SaveChangesAsync();
        }

        Assert.Null(await _database.SignIn(_eastRep).Pool.ClaimAsync(_first.Id));
        Assert.Equal("Pool.HoldingLimit", (await _database.SignIn(_eastRep).Pool.ClaimAsync(_second.Id))?.Code);
    }

    [Fact]
    public async Task OWN6_OWN4_OneRepClaimingTwoCustomersAtOnceForTheLastSlotOfTheDay_GetsExactlyOne()
    {
        var barrier = new SaveBarrier();
        await using var database = await TestDatabase.OnDiskAsync(barrier);
        database.Pool.Enabled = true;
        database.Pool.DailyClaimLimit = 1;
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var owner = await organisation.UserAsync(CrmRole.SalesRep, east);
        var rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        var customers = new[] { await new CustomerBuilder().Named("Acme Trading").SaveAsync(database, owner), await new CustomerBuilder().Named("Globex Trading").SaveAsync(database, owner) };
        database.Time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(2, await database.SignIn(owner).Pool.ReleaseDueAsync());

        barrier.Arm(parties: 2);
        var outcomes = await Task.WhenAll(customers.Select(c => Task.Run(() => database.SignIn(rep).Pool.ClaimAsync(c.Id))));

        Assert.Single(outcomes, refusal => refusal is null);
        Assert.Equal("Pool.DailyLimit", Assert.Single(outcomes.OfType<PoolRefusal>()).Code);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.OwnershipLedger.CountAsync(l => l.Change == OwnershipChange.ClaimedFromPool));
        Assert.Equal(1, await db.Customers.CountAsync(c => c.OwnerId == rep.Id));
    }

    [Fact]
    public async Task OWN6_TIER1_ReleaseDaysPerGrade_AnAGradeIsNeverReleased_WhileTheOthersGoAfterTheirDays()
    {
        _database.Pool.TierDays.A = 0;
        _database.Pool.TierDays.C = 30;
        await using (var db = _database.CreateContext())
        {
            var customer = await db.Customers.SingleAsync(c => c.Id == _first.Id);
            customer.OverrideTier(Tier.A, "Strategic account", _eastManager.Id, _database.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }

        _database.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await _database.SignIn(_eastManager).Pool.ReleaseDueAsync());
        _database.Time.Advance(TimeSpan.FromDays(400));
        Assert.Equal(0, await _database.SignIn(_eastManager).Pool.ReleaseDueAsync());

        await using var check = _database.CreateContext();
        Assert.Equal(["Acme Trading"], await check.Customers.Where(c => c.PooledAt != null).Select(c => c.Name).ToListAsync());
    }

    [Fact]
    public async Task OWN6_CAL1_TheOwnerIsReminded7DaysAnd1DayBeforeARelease_OnceEach()
    {
        // Released at 00:00 on 1 June in Beijing: reminded from 25 May and from 31 May, Beijing time.
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 5, 24, 15, 30, 0, TimeSpan.Zero));
        await RunJobAsync();
        Assert.Empty(await RemindersAsync());

        _database.Time.SetUtcNow(new DateTimeOffset(2026, 5, 24, 16, 30, 0, TimeSpan.Zero));
        await RunJobAsync();
        await RunJobAsync();
        Assert.Equal(["2026-06-01", "2026-06-01"], (await RemindersAsync()).Select(n => n.Detail));

        _database.Time.SetUtcNow(new DateTimeOffset(2026, 5, 30, 16, 30, 0, TimeSpan.Zero));
        await RunJobAsync();
        await RunJobAsync();

        var reminders = await RemindersAsync();
        Assert.Equal(4, reminders.Count);
        Assert.All(reminders, n => Assert.Equal(_owner.Id, n.RecipientId));
        Assert.Equal(2, reminders.Count(n => n.Subject == "华为技术有限公司"));
    }

    [Fact]
    public async Task OWN6_LoggedContactAfterAReminder_StartsTheRemindersOver()
    {
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 5, 30, 16, 30, 0, TimeSpan.Zero));
        await RunJobAsync();
        await using (var db = _database.CreateContext())
        {
            var customer = await db.Customers.SingleAsync(c => c.Id == _first.Id);
            customer.RecordContact(_database.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }

        _database.Time.Advance(TimeSpan.FromDays(84));
        await RunJobAsync();

        Assert.Equal(["2026-06-01", "2026-08-30"], (await RemindersAsync()).Where(n => n.Subject == "华为技术有限公司").Select(n => n.Detail).Order());
    }

    private async Task RunJobAsync() => await _database.SignIn(_eastManager).Pool.ReleaseDueAsync();

    private async Task<List<Notification>> RemindersAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Notifications.Where(n => n.Kind == NotificationKind.PoolReleaseSoon).ToListAsync();
    }

    private async Task ReleaseAsync()
    {
        _database.Time.SetUtcNow(ReleasedAt);
        Assert.Equal(2, await _database.SignIn(_eastManager).Pool.ReleaseDueAsync());
    }
}
