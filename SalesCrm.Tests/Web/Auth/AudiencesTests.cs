using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Auth;

// CON-2, OWN-5, AR-1: whoever raises a request or a report in a region is heard by its head — the appointed sales
// manager, else its sales managers, else the directors — and never by themselves, so nothing goes to nobody.
public sealed class AudiencesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;
    private CrmUser _director = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _director = await _organisation.UserAsync(CrmRole.MarketingDirector, await _organisation.RegionAsync("HQ"));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RegionWithAnAppointedManager_IsHeadedByThatManagerAlone()
    {
        var appointed = await _organisation.AppointedManagerAsync(_east);
        await _organisation.UserAsync(CrmRole.SalesManager, _east);

        Assert.Equal([appointed.Id], await HeadsAsync(actorId: null));
    }

    [Fact]
    public async Task AppointedManagersOwnRequest_GoesToTheRegionsOtherManagers()
    {
        var appointed = await _organisation.AppointedManagerAsync(_east);
        var other = await _organisation.UserAsync(CrmRole.SalesManager, _east);

        Assert.Equal([other.Id], await HeadsAsync(appointed.Id));
    }

    [Fact]
    public async Task RegionWithoutManagers_IsHeadedByTheActiveDirectors_ButNeverTheActor()
    {
        var disabled = await _organisation.UserAsync(CrmRole.MarketingDirector, _east);
        await using (var db = _database.CreateContext())
        {
            (await db.Users.FindAsync(disabled.Id))!.IsDisabled = true;
            await db.SaveChangesAsync();
        }

        Assert.Equal([_director.Id], await HeadsAsync(actorId: null));
        Assert.Empty(await HeadsAsync(_director.Id));
    }

    [Fact]
    public async Task ImprovementOwners_AreTheRequestsRegionStaffAndTheDirectors_NotOtherRegionsOrRoles()
    {
        var agent = await _organisation.UserAsync(CrmRole.ServiceAgent, _east);
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, _east);
        await _organisation.UserAsync(CrmRole.SalesRep, _east);
        await _organisation.UserAsync(CrmRole.ServiceAgent, await _organisation.RegionAsync("West"));

        await using var db = _database.CreateContext();
        var owners = await db.Users.IdsAsync(Audiences.ImprovementOwnersFor(_east.Id), CancellationToken.None);

        Assert.Equal(new[] { agent.Id, manager.Id, _director.Id }.Order(), owners.Order());
    }

    private async Task<IReadOnlyList<Guid>> HeadsAsync(Guid? actorId)
    {
        await using var db = _database.CreateContext();
        return await Audiences.RegionHeadsAsync(db, _east.Id, actorId, CancellationToken.None);
    }
}
