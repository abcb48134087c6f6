using System.Globalization;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Customers;

// The customer list pages and sorts on the server.
public sealed class CustomerListTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private UserSession _session = null!;
    private CrmUser _rep = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"), "Zhang Wei");
        for (var i = 1; i <= 25; i++)
        {
            _database.Time.Advance(TimeSpan.FromMinutes(1));
            await new CustomerBuilder().Named($"Customer {i:00}").SaveAsync(_database, _rep);
        }

        _session = _database.SignIn(_rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task FullPage_HasPageSizeItemsAndTheTotal()
    {
        var page = await _session.Customers.ListAsync(new PageRequest(1, 10));

        Assert.Equal((10, 25), (page.Items.Count, page.Total));
        Assert.Equal("Customer 11", page.Items[0].Name);
    }

    [Fact]
    public async Task LastPage_HasTheRest()
    {
        var page = await _session.Customers.ListAsync(new PageRequest(2, 10));

        Assert.Equal(["Customer 21", "Customer 22", "Customer 23", "Customer 24", "Customer 25"], page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task SortedByNameDescending_StartsWithTheLastName()
    {
        var page = await _session.Customers.ListAsync(new PageRequest(0, 3, SortBy: "Name", Descending: true));

        Assert.Equal(["Customer 25", "Customer 24", "Customer 23"], page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task SortedByFirstContactDescending_StartsWithTheNewest()
    {
        var page = await _session.Customers.ListAsync(new PageRequest(0, 1, SortBy: "FirstContactAt", Descending: true));

        Assert.Equal(TestDatabase.Start.AddMinutes(25), page.Items[0].FirstContactAt);
    }

    [Fact]
    public async Task Row_ShowsRegionOwnerAndContactCountButNoContactDetails()
    {
        await new CustomerBuilder().Named("AAA With Contacts").WithContact("Li Lei", "138 0013 8000").WithContact("Han Meimei").SaveAsync(_database, _rep);

        var row = (await _session.Customers.ListAsync(new PageRequest(0, 1))).Items[0];

        Assert.Equal(new CustomerRow(row.Id, "AAA With Contacts", "Machinery", CustomerStatus.Prospect, "East", "Zhang Wei", row.FirstContactAt, 2, Tier.C), row);
    }

    // TIER-1: the list shows each customer's effective grade and filters on it: a manager's higher grade counts, a stored
    // override below the computed grade does not.
    [Theory]
    [InlineData(Tier.A, new[] { "Customer 01", "Customer 02", "Customer 04" })]
    [InlineData(Tier.B, new[] { "Customer 03", "Customer 05" })]
    [InlineData(Tier.C, new[] { "Customer 06", "Customer 07" })]
    public async Task GradeFilter_KeepsTheCustomersOfThatEffectiveGrade_TIER1(Tier grade, string[] expected)
    {
        await using (var db = _database.CreateContext())
        {
            var customers = db.Customers.OrderBy(c => c.Name).Take(6).ToList();
            customers[0].Regrade(Tier.A);                                     // computed A
            customers[1].OverrideTier(Tier.A, "集团客户 group company", _rep.Id, TestDatabase.Start); // C raised to A
            customers[2].Regrade(Tier.B);                                     // computed B
            customers[3].OverrideTier(Tier.B, "潜力 potential", _rep.Id, TestDatabase.Start);
            customers[3].Regrade(Tier.A);                                     // B override under a computed A: A
            customers[4].OverrideTier(Tier.B, "潜力 potential", _rep.Id, TestDatabase.Start); // C raised to B
            await db.SaveChangesAsync();
        }

        var page = await _session.Customers.ListAsync(new PageRequest(0, 100, SortBy: "Name"), grade);

        Assert.Equal(expected, page.Items.Select(c => c.Name).Take(expected.Length));
        Assert.All(page.Items, row => Assert.Equal(grade, row.Grade));
        Assert.Equal(grade == Tier.C ? 25 - 5 : expected.Length, page.Total);
    }

    [Theory]
    [InlineData(1000, 100)]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    public void PageSize_IsKeptBetweenOneAndTheMaximum(int asked, int taken)
    {
        Assert.Equal(taken, new PageRequest(0, asked).Take);
    }

    [Fact]
    public void NegativePage_StartsAtTheBeginning()
    {
        Assert.Equal(0, new PageRequest(-1, 10).Skip);
    }

    [Fact]
    public async Task HugePageSizeAsked_StillReturnsAtMostTheMaximum()
    {
        for (var i = 0; i < PageRequest.MaxPageSize; i++)
        {
            await new CustomerBuilder().Named(string.Create(CultureInfo.InvariantCulture, $"Extra {i:000}")).SaveAsync(_database, _rep);
        }

        var page = await _session.Customers.ListAsync(new PageRequest(0, 10_000));

        Assert.Equal((PageRequest.MaxPageSize, 125), (page.Items.Count, page.Total));
    }
}
