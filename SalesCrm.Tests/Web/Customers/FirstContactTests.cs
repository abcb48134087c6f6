using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Customers;

// OWN-1: the first-contact time is the server's clock when the customer was registered and cannot be back-dated.
public sealed class FirstContactTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private UserSession _session = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _session = _database.SignIn(await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East")));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RegisteredCustomer_HasTheServerClockAsFirstContact()
    {
        _database.Time.Advance(TimeSpan.FromMinutes(42));

        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().ToForm())).Id!.Value;

        Assert.Equal(TestDatabase.Start.AddMinutes(42), (await _session.Customers.GetAsync(id))!.FirstContactAt);
    }

    [Fact]
    public async Task LaterEdits_KeepTheFirstContactTime()
    {
        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().ToForm())).Id!.Value;
        _database.Time.Advance(TimeSpan.FromDays(30));
        var form = (await _session.Customers.GetAsync(id))!.Data;
        form.Name = "Renamed a month later";

        await _session.Customers.UpdateAsync(form);

        Assert.Equal(TestDatabase.Start, (await _session.Customers.GetAsync(id))!.FirstContactAt);
    }

    [Fact]
    public void Forms_OfferNoWayToTypeAFirstContactTime()
    {
        Assert.DoesNotContain(typeof(CustomerFormModel).GetProperties(), p => p.PropertyType == typeof(DateTimeOffset) || p.Name.Contains("First", StringComparison.Ordinal));
    }
}
