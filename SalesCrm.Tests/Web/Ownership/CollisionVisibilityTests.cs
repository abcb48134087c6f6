using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>OWN-3: the sales managers of both regions and the director see a collision; others do not.</summary>
public sealed class CollisionVisibilityTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private Region _south = default!;
    private Region _north = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _south = await _organisation.RegionAsync("South");
        _north = await _organisation.RegionAsync("North");
        var owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        var claimant = await _organisation.UserAsync(CrmRole.SalesRep, _south, "吴芳");
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, owner);
        await _database.SignIn(claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術有限公司").ToForm());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("East", CrmRole.SalesManager, true, true)]
    [InlineData("South", CrmRole.SalesManager, true, false)]
    [InlineData("North", CrmRole.SalesManager, false, false)]
    [InlineData("North", CrmRole.MarketingDirector, true, true)]
    public async Task Collision_IsListedForManagersOfEitherRegionAndTheDirector(string region, CrmRole role, bool listed, bool canOpenCustomer)
    {
        var viewer = await _organisation.UserAsync(role, region switch { "East" => _east, "South" => _south, _ => _north });

        var page = await _database.SignIn(viewer).Ownership.CollisionsAsync(new PageRequest(0, 10));

        Assert.Equal(listed ? 1 : 0, page.Total);
        if (listed)
        {
            var row = Assert.Single(page.Items);
            Assert.Equal(("吴芳", "South", "華為技術有限公司", "张伟", "East"), (row.Claimant, row.ClaimantRegion, row.TypedName, row.Owner, row.OwnerRegion));
            Assert.Equal(canOpenCustomer ? "华为技术有限公司" : null, row.CustomerName);
        }
    }

    // The search looks at what a row shows: the typed name, both reps, and the customer's own name only for a viewer who
    // may read the customer, so the South manager cannot learn that a collision concerns 华为技术 by searching for it.
    [Theory]
    [InlineData("East", "華為", 1)]
    [InlineData("East", "吴芳", 1)]
    [InlineData("East", "张伟", 1)]
    [InlineData("East", "华为技术", 1)]
    [InlineData("East", "Huawei", 0)]
    [InlineData("South", "華為", 1)]
    [InlineData("South", "华为技术", 0)]
    public async Task Search_FindsWhatTheRowShows_AndNoCustomerNameTheViewerMayNotRead(string region, string term, int found)
    {
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, region == "East" ? _east : _south);

        var page = await _database.SignIn(manager).Ownership.CollisionsAsync(new PageRequest(0, 10, Search: term));

        Assert.Equal(found, page.Total);
        Assert.Equal(found, page.Items.Count);
    }

    [Theory]
    [InlineData(CrmRole.SalesRep)]
    [InlineData(CrmRole.ServiceManager)]
    public async Task OtherRoles_AreRefused(CrmRole role)
    {
        var viewer = await _organisation.UserAsync(role, _east);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(viewer).Ownership.CollisionsAsync(new PageRequest(0, 10)));
    }
}
