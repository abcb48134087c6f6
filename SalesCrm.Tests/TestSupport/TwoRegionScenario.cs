using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.Web.Receivables;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// Two regions, East and West, each with a sales rep whose customer has a signed contract (its receivable open):
/// where the tests of who reaches which region's contracts, statements and exports start (SEC-1, SEC-3). A test adds
/// the other roles it needs with <see cref="Organisation"/>.
/// </summary>
public sealed class TwoRegionScenario : IAsyncDisposable
{
    private TwoRegionScenario(TestDatabase database)
    {
        Database = database;
        Organisation = new OrganisationBuilder(database);
    }

    public TestDatabase Database { get; }
    public OrganisationBuilder Organisation { get; }
    public Region East { get; private set; } = default!;
    public Region West { get; private set; } = default!;
    public CrmUser Rep { get; private set; } = default!;
    public CrmUser WestRep { get; private set; } = default!;
    public Customer Customer { get; private set; } = default!;
    public Customer WestCustomer { get; private set; } = default!;
    public Contract Contract { get; private set; } = default!;
    public Contract WestContract { get; private set; } = default!;

    public static async Task<TwoRegionScenario> CreateAsync()
    {
        var scenario = new TwoRegionScenario(await TestDatabase.InMemoryAsync());
        var organisation = scenario.Organisation;
        scenario.East = await organisation.RegionAsync("East");
        scenario.West = await organisation.RegionAsync("West");
        scenario.Rep = await organisation.UserAsync(CrmRole.SalesRep, scenario.East, "Rep Wang");
        scenario.WestRep = await organisation.UserAsync(CrmRole.SalesRep, scenario.West, "Rep West");
        scenario.Customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(scenario.Database, scenario.Rep);
        scenario.WestCustomer = await new CustomerBuilder().Named("Chengdu Freight Co., Ltd.").SaveAsync(scenario.Database, scenario.WestRep);
        scenario.Contract = await new SignedContractBuilder(scenario.Database).Total(100_000m).SaveAsync(scenario.Customer, scenario.Rep);
        scenario.WestContract = await new SignedContractBuilder(scenario.Database).Total(70_000m).SaveAsync(scenario.WestCustomer, scenario.WestRep);
        return scenario;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
