using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Auth;

// SEC-1 on create: reps register customers for themselves, managers for the sales staff of their region; service,
// legal and collection staff do not register customers.
public sealed class CustomerCreationAccessTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;
    private Region _west = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _west = await _organisation.RegionAsync("West");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RepRegisteringCustomer_OwnsItInTheirRegion()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);

        var result = await _database.SignIn(rep).Customers.CreateAsync(new CustomerBuilder().ToForm());

        Assert.Equal((rep.Id, _east.Id), await OwnerAndRegionAsync(result.Id!.Value));
    }

    [Fact]
    public async Task RepRegisteringCustomerForAnotherRep_IsRefusedOnOwnerAndNothingIsSaved()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);
        var colleague = await _organisation.UserAsync(CrmRole.SalesRep, _east);

        var result = await _database.SignIn(rep).Customers.CreateAsync(new CustomerBuilder().ToForm(owner: colleague));

        Assert.Equal((SaveOutcome.Invalid, "OwnerId"), (result.Outcome, Assert.Single(result.Errors!).Field));
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task ManagerAssigningRepOfTheirRegion_MakesThatRepTheOwner()
    {
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, _east);
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);

        var result = await _database.SignIn(manager).Customers.CreateAsync(new CustomerBuilder().ToForm(owner: rep));

        Assert.Equal((rep.Id, _east.Id), await OwnerAndRegionAsync(result.Id!.Value));
    }

    [Fact]
    public async Task ManagerAssigningRepOfAnotherRegion_IsRefusedOnOwner()
    {
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, _east);
        var westRep = await _organisation.UserAsync(CrmRole.SalesRep, _west);

        var result = await _database.SignIn(manager).Customers.CreateAsync(new CustomerBuilder().ToForm(owner: westRep));

        Assert.Equal((SaveOutcome.Invalid, "OwnerId", 0), (result.Outcome, Assert.Single(result.Errors!).Field, await CustomerCountAsync()));
    }

    [Fact]
    public async Task DirectorAssigningRepOfAnyRegion_PutsTheCustomerInTheRepsRegion()
    {
        var director = await _organisation.UserAsync(CrmRole.MarketingDirector, _east);
        var westRep = await _organisation.UserAsync(CrmRole.SalesRep, _west);

        var result = await _database.SignIn(director).Customers.CreateAsync(new CustomerBuilder().ToForm(owner: westRep));

        Assert.Equal((westRep.Id, _west.Id), await OwnerAndRegionAsync(result.Id!.Value));
    }

    [Theory]
    [InlineData(CrmRole.ServiceAgent)]
    [InlineData(CrmRole.ServiceManager)]
    public async Task ManagerMakingServiceStaffTheOwner_IsRefused(CrmRole ownerRole)
    {
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, _east);
        var agent = await _organisation.UserAsync(ownerRole, _east);

        var result = await _database.SignIn(manager).Customers.CreateAsync(new CustomerBuilder().ToForm(owner: agent));

        Assert.Equal((SaveOutcome.Invalid, "OwnerId"), (result.Outcome, Assert.Single(result.Errors!).Field));
    }

    [Fact]
    public async Task ManagerAssigningDisabledRep_IsRefused()
    {
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, _east);
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);
        await using (var db = _database.CreateContext())
        {
            (await db.Users.SingleAsync(u => u.Id == rep.Id)).IsDisabled = true;
            await db.SaveChangesAsync();
        }

        var result = await _database.SignIn(manager).Customers.CreateAsync(new CustomerBuilder().ToForm(owner: rep));

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
    }

    [Theory]
    [InlineData(CrmRole.ServiceAgent)]
    [InlineData(CrmRole.ServiceManager)]
    [InlineData(CrmRole.Legal)]
    [InlineData(CrmRole.Collector)]
    public async Task NonSalesStaffRegisteringCustomer_IsDenied(CrmRole role)
    {
        var user = await _organisation.UserAsync(role, _east);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(user).Customers.CreateAsync(new CustomerBuilder().ToForm()));
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task ManagersOwnerChoices_AreTheActiveSalesStaffOfTheirRegion()
    {
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, _east, "Li Na");
        await _organisation.UserAsync(CrmRole.SalesRep, _east, "Zhang Wei");
        await _organisation.UserAsync(CrmRole.AccountManager, _east, "Liu Yang");
        await _organisation.UserAsync(CrmRole.ServiceAgent, _east, "Chen Jing");
        await _organisation.UserAsync(CrmRole.SalesRep, _west, "Wu Fang");

        var options = await _database.SignIn(manager).Customers.OwnerOptionsAsync();

        Assert.Equal(["Li Na", "Liu Yang", "Zhang Wei"], options.Select(o => o.Name));
    }

    [Fact]
    public async Task RepsOwnerChoice_IsThemselvesOnly()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "Zhang Wei");
        await _organisation.UserAsync(CrmRole.SalesRep, _east, "Wang Fang");

        var options = await _database.SignIn(rep).Customers.OwnerOptionsAsync();

        Assert.Equal(rep.Id, Assert.Single(options).Id);
    }

    private async Task<(Guid OwnerId, Guid RegionId)> OwnerAndRegionAsync(Guid customerId)
    {
        await using var db = _database.CreateContext();
        return await db.Customers.Where(c => c.Id == customerId).Select(c => ValueTuple.Create(c.OwnerId, c.RegionId)).SingleAsync();
    }

    private async Task<int> CustomerCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Customers.CountAsync();
    }
}
