using Bunit;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Pipeline;

namespace SalesCrm.Tests.Web.Pipeline;

/// <summary>The customer page's Opportunities tab: every list pages, also a customer's own.</summary>
public sealed class CustomerOpportunitiesTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ACustomerWithTwelveOpportunities_ShowsTenAndPagesToTheRest()
    {
        var owner = await _organisation.UserAsync(CrmRole.SalesRep, await _organisation.RegionAsync("East"), "张伟");
        var customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, owner);
        var session = _database.SignIn(owner);
        for (var i = 1; i <= 12; i++)
        {
            _database.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.Empty((await session.Opportunities.OpenAsync(customer.Id, $"第{i}批叉车 Forklift lot {i}", 100_000m * i)).Errors);
        }

        await using var context = new CrmTestContext(_database);
        context.SignIn(owner);
        var tab = context.RenderHosted<CustomerOpportunities>((nameof(CustomerOpportunities.CustomerId), customer.Id));

        tab.WaitForAssertion(() => Assert.Equal(10, tab.FindAll("[data-testid=opportunity-table] tbody tr").Count));
        Assert.Contains("1-10 of 12", tab.Find(".mud-table-pagination").TextContent, StringComparison.Ordinal);
        await tab.ClickOn("[data-testid=opportunity-table] button[aria-label='Next page']");
        tab.WaitForAssertion(() => Assert.Equal(2, tab.FindAll("[data-testid=opportunity-table] tbody tr").Count));
    }
}
