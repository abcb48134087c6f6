using Bunit;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Ownership;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>OWN-3's collisions page: a manager sees who tried, what they typed and whose customer it is, and can search.</summary>
public sealed class CollisionsPageTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        var owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        var claimant = await _organisation.UserAsync(CrmRole.SalesRep, _east, "马丽");
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, owner);
        await new CustomerBuilder().Named("Greenfield Logistics Co., Ltd.").SaveAsync(_database, owner);
        await _database.SignIn(claimant).Customers.CreateAsync(new CustomerBuilder().Named("華為技術有限公司").ToForm());
        await _database.SignIn(claimant).Customers.CreateAsync(new CustomerBuilder().Named("GREENFIELD LOGISTICS LIMITED").ToForm());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Manager_SeesEachCollisionWithItsCustomer_AndSearchNarrowsThem_OWN3()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(CrmRole.SalesManager, _east));
        var page = context.RenderHosted<CollisionsPage>();
        string[] Customers() => page.FindAll("[data-testid=collision-customer] a").Select(a => a.TextContent.Trim()).ToArray();
        page.WaitForAssertion(() => Assert.Equal(["Greenfield Logistics Co., Ltd.", "华为技术有限公司"], Customers().Order()));

        await page.TypeInto("[data-testid=collision-search]", "華為");
        _database.Time.Advance(TimeSpan.FromSeconds(1)); // the field's pause before searching runs on the app's clock
        page.WaitForAssertion(() => Assert.Equal(["华为技术有限公司"], Customers()), TimeSpan.FromSeconds(5));

        await page.TypeInto("[data-testid=collision-search]", "Alibaba");
        _database.Time.Advance(TimeSpan.FromSeconds(1));
        page.WaitForAssertion(() => Assert.Contains("No collision matches your search.", page.Find("[data-testid=collisions-empty]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }
}
