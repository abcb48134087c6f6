using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Leads;
using SalesCrm.Web.Features.Ownership;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>
/// OWN-6, the shared pool: a setting off by default; when on, customers without contact for N days are released with a
/// ledger line and the owner told; the first rep to claim one owns it; managers see what goes in the next 7 days.
/// </summary>
public sealed class PoolTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private Region _south = default!;
    private CrmUser _owner = default!;
    private CrmUser _southRep = default!;
    private CrmUser _eastManager = default!;
    private Customer _customer = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _south = await _organisation.RegionAsync("South");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _southRep = await _organisation.UserAsync(CrmRole.SalesRep, _south, "吴芳");
        _eastManager = await _organisation.AppointedManagerAsync(_east, "李娜");
        _customer = await new CustomerBuilder().Named("华为技术有限公司").WithContact("李经理", "138 0013 8000").SaveAsync(_database, _owner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OWN6_PoolOffByDefault_NothingIsReleased_HoweverLongWithoutContact()
    {
        _database.Time.Advance(TimeSpan.FromDays(400));

        Assert.Equal(0, await ReleaseAsync());
        Assert.NotNull(await _database.SignIn(_owner).Customers.GetAsync(_customer.Id));
    }

    [Fact]
    public async Task OWN6_CAL1_PoolOn_AfterNWholeCompanyDaysWithoutContact_CustomerIsReleased_OwnerToldAndLosesIt()
    {
        // Registered on 2 March (Beijing): 90 whole days later it goes at 00:00 on 1 June in Beijing, 16:00 UTC on 31 May.
        _database.Pool.Enabled = true;
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 5, 31, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await ReleaseAsync());

        _database.Time.SetUtcNow(new DateTimeOffset(2026, 5, 31, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await ReleaseAsync());

        await using var db = _database.CreateContext();
        var line = await db.OwnershipLedger.SingleAsync(l => l.Change == OwnershipChange.ReleasedToPool);
        Assert.Equal((_owner.Id, OwnershipRecord.Policy, "90", _database.Time.GetUtcNow()), (line.OwnerId, line.DecidedById, line.Reason, line.At));
        var note = await db.Notifications.SingleAsync(n => n.RecipientId == _owner.Id && n.Kind == NotificationKind.ReleasedToPool);
        Assert.Equal((NotificationKind.ReleasedToPool, "华为技术有限公司", "90"), (note.Kind, note.Subject, note.Detail));
        Assert.Null(await _database.SignIn(_owner).Customers.GetAsync(_customer.Id));
        Assert.NotNull(await _database.SignIn(_eastManager).Customers.GetAsync(_customer.Id));
    }

    [Fact]
    public async Task OWN6_TheDaysCountFromTheOwnersLastLoggedContact()
    {
        _database.Pool.Enabled = true;
        _database.Pool.DaysWithoutContact = 30;
        var lead = await _database.SignIn(_owner).Customers.RegisterLeadAsync(new LeadFormModel { CompanyName = "Globex Trading", ContactName = "Chen Ming", Phone = "139 1111 2222" });
        _database.Time.Advance(TimeSpan.FromDays(20));
        Assert.Empty(await _database.SignIn(_owner).Leads.MarkContactedAsync(lead.Id!.Value));

        _database.Time.Advance(TimeSpan.FromDays(15));
        await ReleaseAsync();

        await using var db = _database.CreateContext();
        var pooled = await db.Customers.Where(c => c.PooledAt != null).Select(c => c.Name).ToListAsync();
        Assert.Equal(["华为技术有限公司"], pooled);
    }

    [Fact]
    public async Task OWN6_EveryRepSeesThePool_ButNoContactDetails_ServiceStaffDoNot()
    {
        await ReleaseNowAsync();

        var row = Assert.Single((await _database.SignIn(_southRep).Pool.ListAsync(FirstPage)).Items);

        Assert.Equal(("华为技术有限公司", "East", "张伟"), (row.Name, row.Region, row.FormerOwner));
        Assert.Null(await _database.SignIn(_southRep).Customers.GetAsync(_customer.Id));
        var agent = await _organisation.UserAsync(CrmRole.ServiceAgent, _east);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(agent).Pool.ListAsync(FirstPage));
    }

    [Fact]
    public async Task OWN6_WithThePoolOpenToAllRegions_FirstRepToClaim_OwnsItInTheirRegion_TheNextIsToldItHasGone()
    {
        _database.Pool.PerRegion = false;
        await ReleaseNowAsync();
        var secondRep = await _organisation.UserAsync(CrmRole.SalesRep, _east);

        Assert.Null(await _database.SignIn(_southRep).Pool.ClaimAsync(_customer.Id));
        var late = await _database.SignIn(secondRep).Pool.ClaimAsync(_customer.Id);

        Assert.Equal("Pool.NotInPool", late?.Code);
        await using var db = _database.CreateContext();
        Assert.Equal((_southRep.Id, _south.Id, (DateTimeOffset?)null), await db.Customers.Select(c => ValueTuple.Create(c.OwnerId, c.RegionId, c.PooledAt)).SingleAsync());
        var line = await db.OwnershipLedger.SingleAsync(l => l.Change == OwnershipChange.ClaimedFromPool);
        Assert.Equal((_owner.Id, _southRep.Id), (line.PreviousOwnerId, line.OwnerId));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == _customer.Id && a.Field == nameof(Customer.OwnerId) && a.NewValue == _southRep.Id.ToString()));
        Assert.NotNull(await _database.SignIn(_southRep).Customers.GetAsync(_customer.Id));
    }

    [Fact]
    public async Task OWN6_OnlySalesStaffClaim()
    {
        await ReleaseNowAsync();
        var director = await _organisation.UserAsync(CrmRole.MarketingDirector, _east);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(director).Pool.ClaimAsync(_customer.Id));
    }

    [Fact]
    public async Task OWN6_TwoRepsClaimingAtOnce_ExactlyOneOwnsIt()
    {
        var barrier = new SaveBarrier();
        await using var database = await TestDatabase.OnDiskAsync(barrier);
        database.Pool.Enabled = true;
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var owner = await organisation.UserAsync(CrmRole.SalesRep, east);
        var reps = new[] { await organisation.UserAsync(CrmRole.SalesRep, east), await organisation.UserAsync(CrmRole.SalesRep, east) };
        var customer = await new CustomerBuilder().Named("Acme Trading").SaveAsync(database, owner);
        database.Time.Advance(TimeSpan.FromDays(91));
        await database.SignIn(owner).Pool.ReleaseDueAsync();

        barrier.Arm(parties: 2);
        var outcomes = await Task.WhenAll(reps.Select(rep => Task.Run(() => database.SignIn(rep).Pool.ClaimAsync(customer.Id))));

        Assert.Single(outcomes, refusal => refusal is null);
        Assert.Equal("Pool.NotInPool", Assert.Single(outcomes.OfType<PoolRefusal>()).Code);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.OwnershipLedger.CountAsync(l => l.Change == OwnershipChange.ClaimedFromPool));
        Assert.Contains(await db.Customers.Select(c => c.OwnerId).SingleAsync(), reps.Select(r => r.Id));
    }

    [Fact]
    public async Task OWN6_RegisteringAPooledCompanyAgain_PointsToThePool_AndIsNoCollision()
    {
        await ReleaseNowAsync();

        var result = await _database.SignIn(_southRep).Customers.CreateAsync(new CustomerBuilder().Named("華為技術有限公司").ToForm());

        Assert.Equal(SaveOutcome.Collision, result.Outcome);
        var match = Assert.Single(result.Matches!);
        Assert.True(match.InPool);
        Assert.False(match.IsYours);
        await using var db = _database.CreateContext();
        Assert.False(await db.Collisions.AnyAsync());
    }

    [Fact]
    public async Task OWN6_ManagersSeeWhatGoesInTheNext7Days_OfTheirReach_SoonestFirst()
    {
        _database.Time.Advance(TimeSpan.FromDays(2));
        var later = await new CustomerBuilder().Named("Later Trading").SaveAsync(_database, _owner);
        _database.Time.Advance(TimeSpan.FromDays(20));
        await new CustomerBuilder().Named("Fresh Trading").SaveAsync(_database, _owner);
        await new CustomerBuilder().Named("Southern Trading").SaveAsync(_database, _southRep);
        _database.Time.Advance(TimeSpan.FromDays(64));

        var due = await _database.SignIn(_eastManager).Pool.DueAsync(FirstPage);

        Assert.Equal([_customer.Id, later.Id], due.Items.Select(r => r.Id));
        Assert.Equal(new DateTimeOffset(2026, 5, 31, 16, 0, 0, TimeSpan.Zero), due.Items[0].ReleaseAt);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_owner).Pool.DueAsync(FirstPage));
    }

    [Fact]
    public async Task OWN6_TheReleaseJob_RunsOnTheAppsClock()
    {
        _database.Pool.Enabled = true;
        var session = _database.SignIn(_owner);
        using var job = new PoolReleaseJob(session.Services.GetRequiredService<IServiceScopeFactory>(), _database.Time, Options.Create(_database.Pool), NullLogger<PoolReleaseJob>.Instance);
        await job.StartAndRunAsync(_database.Time);
        Assert.False(await AnyPooledAsync());

        await job.RunAtAsync(_database.Time, _database.Time.GetUtcNow().AddDays(91));

        await job.StopAsync(CancellationToken.None);
        Assert.True(await AnyPooledAsync());
    }

    private async Task<bool> AnyPooledAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Customers.AnyAsync(c => c.PooledAt != null);
    }

    private Task<int> ReleaseAsync() => _database.SignIn(_eastManager).Pool.ReleaseDueAsync();

    private async Task ReleaseNowAsync()
    {
        _database.Pool.Enabled = true;
        _database.Time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await ReleaseAsync());
    }
}
