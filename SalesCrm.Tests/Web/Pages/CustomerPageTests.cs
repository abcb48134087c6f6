using Bunit;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Pages;

/// <summary>SEC-1 on the customer page: someone else's customer looks exactly like one that does not exist.</summary>
public sealed class CustomerPageTests
{
    [Fact]
    public async Task OtherRepsCustomer_ShowsNotFound_LikeAnUnknownId_AndNoContactDetails()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var region = await organisation.RegionAsync("East");
        var owner = await organisation.UserAsync(CrmRole.SalesRep, region);
        var other = await organisation.UserAsync(CrmRole.SalesRep, region);
        var customer = await new CustomerBuilder().WithContact("李雷", "138 0013 8000").SaveAsync(database, owner);
        await using var context = new CrmTestContext(database);
        context.SignIn(other);
        context.Render<MudPopoverProvider>();

        var theirs = context.Render<CustomerPage>(p => p.Add(x => x.Id, customer.Id));
        var unknown = context.Render<CustomerPage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        theirs.WaitForAssertion(() => Assert.NotNull(theirs.Find("[data-testid=customer-not-found]")));
        unknown.WaitForAssertion(() => Assert.NotNull(unknown.Find("[data-testid=customer-not-found]")));
        Assert.Equal(unknown.Find("[data-testid=customer-not-found]").TextContent, theirs.Find("[data-testid=customer-not-found]").TextContent);
        Assert.DoesNotContain("138 0013 8000", theirs.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(customer.Name, theirs.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owner_SeesOverviewContactsAndEditButton()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var owner = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"), "张伟 Zhang Wei");
        var customer = await new CustomerBuilder().Named("上海华信精密机械有限公司").WithContact("李雷", "138 0013 8000").SaveAsync(database, owner);
        await using var context = new CrmTestContext(database);
        context.SignIn(owner);
        context.Render<MudPopoverProvider>();

        var page = context.Render<CustomerPage>(p => p.Add(x => x.Id, customer.Id));

        page.WaitForAssertion(() => Assert.Equal("上海华信精密机械有限公司", page.Find("[data-testid=customer-title]").TextContent));
        Assert.Contains("张伟 Zhang Wei", page.Find("[data-testid=customer-overview]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=edit-customer]"));
    }
}
