using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>OWN-5: ownership changes only by a manager of the region or the director, with a reason, in the ledger and the audit.</summary>
public sealed class TransferTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private Region _south = default!;
    private CrmUser _owner = default!;
    private CrmUser _colleague = default!;
    private CrmUser _eastManager = default!;
    private Customer _customer = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _south = await _organisation.RegionAsync("South");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _colleague = await _organisation.UserAsync(CrmRole.SalesRep, _east, "李娜");
        _eastManager = await _organisation.UserAsync(CrmRole.SalesManager, _east, "王经理");
        _customer = await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, _owner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OWN5_ManagerOfTheRegion_TransfersWithAReason_LedgerAndAuditShowIt()
    {
        _database.Time.Advance(TimeSpan.FromDays(3));

        var errors = await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _colleague.Id, "张伟 left the company");

        Assert.Empty(errors);
        await using var db = _database.CreateContext();
        Assert.Equal(_colleague.Id, (await db.Customers.SingleAsync()).OwnerId);
        var line = await db.OwnershipLedger.Where(l => l.Change == OwnershipChange.Transfer).SingleAsync();
        Assert.Equal((_owner.Id, _colleague.Id, _eastManager.Id, "张伟 left the company", _database.Time.GetUtcNow()),
            (line.PreviousOwnerId, line.OwnerId, line.DecidedById, line.Reason, line.At));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == _customer.Id && a.Field == nameof(Customer.OwnerId) && a.Action == AuditAction.Updated);
        Assert.Equal((_owner.Id.ToString(), _colleague.Id.ToString(), "王经理"), (audit.OldValue, audit.NewValue, audit.ActorName));
    }

    [Fact]
    public async Task OWN5_NewOwnerSeesTheCustomer_PreviousOwnerNoLonger()
    {
        await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _colleague.Id, "Rebalanced territory");

        Assert.NotNull(await _database.SignIn(_colleague).Customers.GetAsync(_customer.Id));
        Assert.Null(await _database.SignIn(_owner).Customers.GetAsync(_customer.Id));
    }

    [Fact]
    public async Task OWN5_TransferToAnotherRegionsRep_TheCustomerFollowsTheirRegion()
    {
        var southRep = await _organisation.UserAsync(CrmRole.SalesRep, _south);
        var director = await _organisation.UserAsync(CrmRole.MarketingDirector, _east);

        var errors = await _database.SignIn(director).Ownership.TransferAsync(_customer.Id, southRep.Id, "Customer moved its purchasing to Shenzhen");

        Assert.Empty(errors);
        await using var db = _database.CreateContext();
        Assert.Equal((southRep.Id, _south.Id), await db.Customers.Select(c => ValueTuple.Create(c.OwnerId, c.RegionId)).SingleAsync());
    }

    [Fact]
    public async Task OWN5_PIPE1_OpenOpportunitiesFollowTheCustomer_ClosedOnesStayWithWhoClosedThem()
    {
        var owner = _database.SignIn(_owner).Opportunities;
        var open = (await owner.OpenAsync(_customer.Id, "Forklifts", 100_000m)).Id!.Value;
        var lost = (await owner.OpenAsync(_customer.Id, "Racking", 50_000m)).Id!.Value;
        await owner.LoseAsync(lost, "No budget");

        await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _colleague.Id, "Rebalanced territory");

        await using var db = _database.CreateContext();
        var owners = await db.Opportunities.ToDictionaryAsync(o => o.Id, o => o.OwnerId);
        Assert.Equal((_colleague.Id, _owner.Id), (owners[open], owners[lost]));
        Assert.NotNull(await _database.SignIn(_colleague).Opportunities.GetAsync(open));
        Assert.Null(await _database.SignIn(_owner).Opportunities.GetAsync(open));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task OWN5_WithoutAReason_IsRefusedAndNothingChanges(string reason)
    {
        var errors = await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _colleague.Id, reason);

        Assert.Equal(("Reason", "Ownership.ReasonRequired"), (Assert.Single(errors).Field, errors[0].Code));
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task OWN5_ToTheCurrentOwner_IsRefused()
    {
        var errors = await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, _owner.Id, "No change");

        Assert.Equal("Ownership.SameOwner", Assert.Single(errors).Code);
    }

    [Fact]
    public async Task OWN5_ManagerCannotHandTheCustomerToAnotherRegionsRep()
    {
        var southRep = await _organisation.UserAsync(CrmRole.SalesRep, _south);

        var errors = await _database.SignIn(_eastManager).Ownership.TransferAsync(_customer.Id, southRep.Id, "Because");

        Assert.Equal(("OwnerId", "Customer.OwnerNotAllowed"), (Assert.Single(errors).Field, errors[0].Code));
        await AssertUnchangedAsync();
    }

    [Theory]
    [InlineData(CrmRole.SalesRep)]
    [InlineData(CrmRole.AccountManager)]
    [InlineData(CrmRole.ServiceManager)]
    [InlineData(CrmRole.ServiceAgent)]
    public async Task OWN5_OtherRolesWhoCanSeeTheCustomer_AreRefused(CrmRole role)
    {
        // The owner themself, or service staff of the region: they read the customer, yet may not move it.
        var user = role == CrmRole.SalesRep ? _owner : await _organisation.UserAsync(role, _east);
        if (role == CrmRole.AccountManager)
        {
            await using var db = _database.CreateContext();
            db.Entry(await db.Customers.SingleAsync()).Property(c => c.AccountManagerId).CurrentValue = user.Id;
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(user).Ownership.TransferAsync(_customer.Id, _colleague.Id, "Mine now"));
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task OWN5_ManagerOfAnotherRegion_IsToldTheCustomerDoesNotExist()
    {
        var southManager = await _organisation.UserAsync(CrmRole.SalesManager, _south);

        var errors = await _database.SignIn(southManager).Ownership.TransferAsync(_customer.Id, _colleague.Id, "Mine now");

        Assert.Equal("Customer.NotFound", Assert.Single(errors).Code);
        await AssertUnchangedAsync();
    }

    private async Task AssertUnchangedAsync()
    {
        await using var db = _database.CreateContext();
        Assert.Equal(_owner.Id, (await db.Customers.SingleAsync()).OwnerId);
        Assert.False(await db.OwnershipLedger.AnyAsync(l => l.Change == OwnershipChange.Transfer));
    }
}
