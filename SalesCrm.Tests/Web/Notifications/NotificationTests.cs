using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Notifications;

/// <summary>The notification centre: who hears of collisions (OWN-3) and transfers (OWN-5), and that each user sees only their own.</summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private Region _south = default!;
    private CrmUser _eastManager = default!;
    private CrmUser _southManager = default!;
    private CrmUser _owner = default!;
    private CrmUser _claimant = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _south = await _organisation.RegionAsync("South");
        _eastManager = await _organisation.AppointedManagerAsync(_east, "王经理");
        _southManager = await _organisation.AppointedManagerAsync(_south, "陈经理");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _claimant = await _organisation.UserAsync(CrmRole.SalesRep, _south, "吴芳");
        await new CustomerBuilder().Named("华为技术有限公司").WithUscc(CustomerBuilder.ValidUscc).SaveAsync(_database, _owner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OWN3_Collision_NotifiesTheOwnersManagerOnce()
    {
        var signalled = new List<Guid>();
        var claimant = _database.SignIn(_claimant);
        claimant.Signal.Changed += signalled.Add;

        // Name and USCC both match: one attempt, one notification.
        await claimant.Customers.CreateAsync(new CustomerBuilder().Named("華為技術有限公司").WithUscc(CustomerBuilder.ValidUscc).ToForm());

        var inbox = await _database.SignIn(_eastManager).Notifications.ListAsync(new PageRequest(0, 10));
        var note = Assert.Single(inbox.Items);
        Assert.Equal((NotificationKind.Collision, "華為技術有限公司", "吴芳", "/ownership/collisions", false), (note.Kind, note.Subject, note.Detail, note.Link, note.IsRead));
        Assert.Equal([_eastManager.Id], signalled);
        Assert.Equal(0, await _database.SignIn(_southManager).Notifications.UnreadCountAsync());
        Assert.Equal(0, await _database.SignIn(_owner).Notifications.UnreadCountAsync());
    }

    [Fact]
    public async Task OWN5_Transfer_NotifiesBothReps()
    {
        var colleague = await _organisation.UserAsync(CrmRole.SalesRep, _east, "李娜");
        var customer = (await _database.SignIn(_owner).Customers.ListAsync(new PageRequest(0, 1))).Items[0];

        await _database.SignIn(_eastManager).Ownership.TransferAsync(customer.Id, colleague.Id, "张伟 moves to key accounts");

        var previous = Assert.Single((await _database.SignIn(_owner).Notifications.ListAsync(new PageRequest(0, 10))).Items);
        var next = Assert.Single((await _database.SignIn(colleague).Notifications.ListAsync(new PageRequest(0, 10))).Items);
        Assert.Equal((NotificationKind.CustomerTransferredAway, "华为技术有限公司", "李娜"), (previous.Kind, previous.Subject, previous.Detail));
        Assert.Equal((NotificationKind.CustomerTransferredToYou, "华为技术有限公司", "王经理", $"/customers/{customer.Id}"), (next.Kind, next.Subject, next.Detail, next.Link));
    }

    [Fact]
    public async Task ReadingAnotherUsersNotification_IsRefused_AndChangesNothing()
    {
        await _database.SignIn(_claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術").ToForm());
        var id = (await _database.SignIn(_eastManager).Notifications.ListAsync(new PageRequest(0, 10))).Items[0].Id;

        Assert.False(await _database.SignIn(_southManager).Notifications.MarkReadAsync(id));

        Assert.Equal(1, await _database.SignIn(_eastManager).Notifications.UnreadCountAsync());
    }

    [Fact]
    public async Task MarkRead_AndMarkAllRead_ClearTheUnreadCount()
    {
        var claimant = _database.SignIn(_claimant);
        await claimant.Customers.CreateAsync(new CustomerBuilder().Named("華為技術").ToForm());
        await claimant.Customers.CreateAsync(new CustomerBuilder().Named("Huawei Technologies").WithUscc(CustomerBuilder.ValidUscc).ToForm());
        await claimant.Customers.CreateAsync(new CustomerBuilder().Named("华为").WithUscc(CustomerBuilder.ValidUscc).ToForm());
        var manager = _database.SignIn(_eastManager);
        var first = (await manager.Notifications.ListAsync(new PageRequest(0, 10))).Items[^1];

        Assert.True(await manager.Notifications.MarkReadAsync(first.Id));
        Assert.Equal(2, await manager.Notifications.UnreadCountAsync());
        Assert.Equal(2, (await manager.Notifications.ListAsync(new PageRequest(0, 10), unreadOnly: true)).Total);

        Assert.Equal(2, await manager.Notifications.MarkAllReadAsync());
        Assert.Equal(0, await manager.Notifications.UnreadCountAsync());
        Assert.Equal(3, (await manager.Notifications.ListAsync(new PageRequest(0, 10))).Total);
    }
}
