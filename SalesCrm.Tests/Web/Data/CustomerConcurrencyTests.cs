using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Data;

// Optimistic concurrency: the customer's Version is renewed on every save, so a save based on a stale copy is refused.
public sealed class CustomerConcurrencyTests
{
    [Fact]
    public async Task SecondUserSavingStaleCopy_GetsConflictWithFirstUsersValues()
    {
        await using var scene = await Scene.CreateAsync();
        var (repCopy, managerCopy) = await scene.BothLoadAsync();
        repCopy.Name = "Hangzhou Acme Group";
        await scene.Rep.Customers.UpdateAsync(repCopy);

        managerCopy.Needs = "Wants a maintenance contract";
        var result = await scene.Manager.Customers.UpdateAsync(managerCopy);

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Equal(("Hangzhou Acme Group", "Annual equipment purchase"), (result.Theirs!.Name, result.Theirs.Needs));
    }

    [Fact]
    public async Task ConflictingSave_WritesNothingOfTheSecondUser()
    {
        await using var scene = await Scene.CreateAsync();
        var (repCopy, managerCopy) = await scene.BothLoadAsync();
        repCopy.Name = "Hangzhou Acme Group";
        await scene.Rep.Customers.UpdateAsync(repCopy);
        managerCopy.Needs = "Wants a maintenance contract";

        await scene.Manager.Customers.UpdateAsync(managerCopy);

        var stored = await scene.StoredAsync();
        Assert.Equal(("Hangzhou Acme Group", "Annual equipment purchase", 0), (stored.Name, stored.Needs, await scene.AuditRowsByAsync(scene.ManagerUser)));
    }

    [Fact]
    public async Task ResubmittingWithTheirVersion_OverwritesKnowingly()
    {
        await using var scene = await Scene.CreateAsync();
        var (repCopy, managerCopy) = await scene.BothLoadAsync();
        repCopy.Name = "Hangzhou Acme Group";
        await scene.Rep.Customers.UpdateAsync(repCopy);
        managerCopy.Needs = "Wants a maintenance contract";
        var conflict = await scene.Manager.Customers.UpdateAsync(managerCopy);

        managerCopy.Version = conflict.Theirs!.Version;
        var result = await scene.Manager.Customers.UpdateAsync(managerCopy);

        var stored = await scene.StoredAsync();
        Assert.Equal((SaveOutcome.Saved, "Hangzhou Acme", "Wants a maintenance contract"), (result.Outcome, stored.Name, stored.Needs));
    }

    [Fact]
    public async Task ContactOnlyEdit_AlsoMakesOtherCopiesStale()
    {
        await using var scene = await Scene.CreateAsync();
        var (repCopy, managerCopy) = await scene.BothLoadAsync();
        repCopy.Contacts[0].Phone = "139 0013 9000";
        await scene.Rep.Customers.UpdateAsync(repCopy);

        managerCopy.Name = "Renamed";
        var result = await scene.Manager.Customers.UpdateAsync(managerCopy);

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
    }

    [Fact]
    public async Task TwoUsersSavingTheSameVersionAtOnce_ExactlyOneWins()
    {
        var barrier = new SaveBarrier();
        await using var scene = await Scene.CreateAsync(barrier);
        var (repCopy, managerCopy) = await scene.BothLoadAsync();
        repCopy.Name = "Rep's name";
        managerCopy.Name = "Manager's name";

        barrier.Arm(parties: 2);
        var results = await Task.WhenAll(
            Task.Run(() => scene.Rep.Customers.UpdateAsync(repCopy)),
            Task.Run(() => scene.Manager.Customers.UpdateAsync(managerCopy)));

        Assert.Equal([SaveOutcome.Saved, SaveOutcome.Conflict], results.Select(r => r.Outcome).Order());
        var winner = results[0].Outcome == SaveOutcome.Saved ? repCopy.Name : managerCopy.Name;
        Assert.Equal((winner, winner), ((await scene.StoredAsync()).Name, results.Single(r => r.Outcome == SaveOutcome.Conflict).Theirs!.Name));
    }

    /// <summary>A rep's customer that the rep and their sales manager both open for editing.</summary>
    private sealed class Scene(TestDatabase database, CrmUser rep, CrmUser manager, Guid customerId) : IAsyncDisposable
    {
        public UserSession Rep { get; } = database.SignIn(rep);

        public UserSession Manager { get; } = database.SignIn(manager);

        public CrmUser ManagerUser => manager;

        public static async Task<Scene> CreateAsync(SaveBarrier? barrier = null)
        {
            var database = barrier is null ? await TestDatabase.InMemoryAsync() : await TestDatabase.OnDiskAsync(barrier);
            var organisation = new OrganisationBuilder(database);
            var east = await organisation.RegionAsync("East");
            var rep = await organisation.UserAsync(CrmRole.SalesRep, east);
            var manager = await organisation.UserAsync(CrmRole.SalesManager, east);
            var customer = await new CustomerBuilder().Named("Hangzhou Acme").WithContact("Li Lei", "138 0013 8000").SaveAsync(database, rep);
            return new Scene(database, rep, manager, customer.Id);
        }

        public async Task<(CustomerFormModel Rep, CustomerFormModel Manager)> BothLoadAsync() =>
            ((await Rep.Customers.GetAsync(customerId))!.Data, (await Manager.Customers.GetAsync(customerId))!.Data);

        public async Task<Customer> StoredAsync()
        {
            await using var db = database.CreateContext();
            return await db.Customers.Include(c => c.Contacts).AsNoTracking().SingleAsync(c => c.Id == customerId);
        }

        public async Task<int> AuditRowsByAsync(CrmUser user)
        {
            await using var db = database.CreateContext();
            return await db.AuditEntries.CountAsync(a => a.ActorId == user.Id);
        }

        public ValueTask DisposeAsync() => database.DisposeAsync();
    }
}
