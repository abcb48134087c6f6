using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Ownership;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>
/// OWN-7: when a rep leaves, the manager hands all their customers to successors in one step with one reason (OWN-5:
/// each a transfer in the ledger), the account closing in the same step; until then the leaver's customers are flagged.
/// </summary>
public sealed class HandOverTests : IAsyncLifetime
{
    private const string Reason = "张伟 left the company on 30 November";
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _leaver = default!;
    private CrmUser _successor = default!;
    private CrmUser _other = default!;
    private CrmUser _manager = default!;
    private List<Customer> _customers = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _leaver = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _successor = await _organisation.UserAsync(CrmRole.SalesRep, _east, "李娜");
        _other = await _organisation.UserAsync(CrmRole.SalesRep, _east, "王强");
        _manager = await _organisation.AppointedManagerAsync(_east, "王经理");
        _customers =
        [
            await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, _leaver),
            await new CustomerBuilder().Named("杭州海康威视数字技术股份有限公司").SaveAsync(_database, _leaver),
            await new CustomerBuilder().Named("宁德时代新能源科技股份有限公司").SaveAsync(_database, _leaver),
        ];
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private HandOverService Manager => _database.SignIn(_manager).HandOver;

    [Fact]
    public async Task OWN7_TheManagerHandsAllOfALeaversCustomersToASuccessorInOneStep_OneToAnother_AndClosesTheAccount()
    {
        var overrides = new Dictionary<Guid, Guid> { [_customers[2].Id] = _other.Id };

        var result = await Manager.HandOverAsync(new HandOverRequest(_leaver.Id, _successor.Id, Reason, overrides, CloseAccount: true));

        Assert.Equal(([], 3), (result.Errors, result.Moved));
        await using var db = _database.CreateContext();
        var owners = await db.Customers.ToDictionaryAsync(c => c.Id, c => c.OwnerId);
        Assert.Equal([_successor.Id, _successor.Id, _other.Id], _customers.Select(c => owners[c.Id]));
        var lines = await db.OwnershipLedger.Where(l => l.Change == OwnershipChange.Transfer).ToListAsync();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal((_leaver.Id, _manager.Id, Reason), (l.PreviousOwnerId!.Value, l.DecidedById, l.Reason)));
        Assert.True((await db.Users.SingleAsync(u => u.Id == _leaver.Id)).IsDisabled);
        var told = await db.Notifications.Where(n => n.Kind == NotificationKind.CustomersHandedOver).ToDictionaryAsync(n => n.RecipientId, n => (n.Subject, n.Detail));
        Assert.Equal(("张伟", "2"), told[_successor.Id]);
        Assert.Equal(("张伟", "1"), told[_other.Id]);
    }

    [Fact]
    public async Task OWN7_WithoutAReasonOrASuccessor_NothingMoves_AndEachFieldSaysWhy()
    {
        var result = await Manager.HandOverAsync(new HandOverRequest(_leaver.Id, null, " ", new Dictionary<Guid, Guid>(), CloseAccount: true));

        Assert.Equal(["HandOver.ReasonRequired", "HandOver.SuccessorRequired"], result.Errors.Select(e => e.Code).Order());
        await using var db = _database.CreateContext();
        Assert.All(await db.Customers.ToListAsync(), c => Assert.Equal(_leaver.Id, c.OwnerId));
        Assert.False((await db.Users.SingleAsync(u => u.Id == _leaver.Id)).IsDisabled);
    }

    [Fact]
    public async Task OWN5_OWN7_AnotherRegionsManager_ARep_AndASuccessorOfAnotherRegion_AreRefused()
    {
        var south = await _organisation.RegionAsync("South");
        var southManager = await _organisation.AppointedManagerAsync(south, "South Manager");
        var southRep = await _organisation.UserAsync(CrmRole.SalesRep, south, "South Rep");

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(southManager).HandOver.HandOverAsync(new HandOverRequest(_leaver.Id, southRep.Id, Reason, new Dictionary<Guid, Guid>(), true)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_successor).HandOver.PeopleAsync());
        var result = await Manager.HandOverAsync(new HandOverRequest(_leaver.Id, southRep.Id, Reason, new Dictionary<Guid, Guid>(), true));

        Assert.Equal("HandOver.SuccessorNotAllowed", Assert.Single(result.Errors).Code);
        Assert.DoesNotContain((await Manager.SuccessorsAsync(_leaver.Id)), s => s.Id == southRep.Id || s.Id == _leaver.Id);
    }

    [Fact]
    public async Task OWN7_AnAdministratorClosingTheAccountOfARepWithCustomers_AsksTheManager_AndMyDayFlagsTheCustomersUntilHandedOver()
    {
        var admin = await _organisation.UserAsync(CrmRole.Administrator, _east, "Admin");
        Assert.True((await _database.SignIn(admin).Admin.SetDisabledAsync(_leaver.Id, disabled: true)).Succeeded);

        var flagged = (await _database.SignIn(_manager).MyDay.ManagerFlagsAsync())!.LeaversCustomers;
        var people = await Manager.PeopleAsync();
        Assert.Empty((await Manager.HandOverAsync(new HandOverRequest(_leaver.Id, _successor.Id, Reason, new Dictionary<Guid, Guid>(), CloseAccount: false))).Errors);

        Assert.Equal(3, flagged);
        Assert.Equal((true, 3), (people[0].HasLeft, people[0].Customers));
        Assert.Equal(0, (await _database.SignIn(_manager).MyDay.ManagerFlagsAsync())!.LeaversCustomers);
        await using var db = _database.CreateContext();
        var asked = await db.Notifications.SingleAsync(n => n.Kind == NotificationKind.LeaverCustomersWaiting);
        Assert.Equal((_manager.Id, "张伟", "3", "/ownership/hand-over"), (asked.RecipientId, asked.Subject, asked.Detail, asked.Link));
        Assert.Equal(3, (await Manager.CustomersAsync(_successor.Id, new PageRequest(0, 10))).Total);
    }
}
