using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>OWN-2/OWN-3 while typing: a rep learns that a company is already owned, by whom and since when, and nothing more.</summary>
public sealed class OwnedMatchTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private CrmUser _repA = default!;
    private CrmUser _repB = default!;
    private Guid _huawei;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _repA = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("华东大区"), "张伟");
        _repB = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("华南大区"), "吴芳");
        var customer = await new CustomerBuilder().Named("华为技术有限公司").WithUscc(CustomerBuilder.ValidUscc)
            .WithContact("李雷", "138-0013-8000", "Li.Lei@Huawei.example").SaveAsync(_database, _repA);
        _huawei = customer.Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task TraditionalNameWithOtherLegalForm_IsReportedAsOwnedByFirstRep_OWN2()
    {
        var matches = await _database.SignIn(_repB).Customers.FindOwnedMatchesAsync(new CustomerFormModel { Name = "華為技術股份有限公司" });

        var match = Assert.Single(matches);
        Assert.Equal(new OwnedMatch(MatchKind.CompanyName, "张伟", "华东大区", TestDatabase.Start, IsYours: false), match);
    }

    [Theory]
    [InlineData("+86 138 0013 8000", null, MatchKind.Phone)]
    [InlineData("8613800138000", null, MatchKind.Phone)]
    [InlineData(null, " LI.LEI@huawei.example ", MatchKind.Email)]
    public async Task ContactPhoneOrEmailInAnotherFormat_IsReportedAsOwned_OWN2(string? phone, string? email, MatchKind reason)
    {
        var form = new CustomerFormModel { Name = "Some other name", Contacts = [new ContactFormModel { Name = "X", Phone = phone, Email = email }] };

        var matches = await _database.SignIn(_repB).Customers.FindOwnedMatchesAsync(form);

        Assert.Equal(reason, Assert.Single(matches).Reason);
    }

    [Fact]
    public async Task SameUscc_IsReportedAsOwned_OWN2()
    {
        var matches = await _database.SignIn(_repB).Customers.FindOwnedMatchesAsync(new CustomerFormModel { Name = "完全不同", Uscc = CustomerBuilder.ValidUscc.ToLowerInvariant() });

        Assert.Equal(MatchKind.Uscc, Assert.Single(matches).Reason);
    }

    [Fact]
    public async Task DifferentCompany_HasNoMatch()
    {
        var matches = await _database.SignIn(_repB).Customers.FindOwnedMatchesAsync(new CustomerFormModel { Name = "华为终端有限公司" });

        Assert.Empty(matches);
    }

    [Fact]
    public async Task OwnerEditingTheirCustomer_DoesNotMatchItself()
    {
        var session = _database.SignIn(_repA);
        var view = await session.Customers.GetAsync(_huawei);

        Assert.Empty(await session.Customers.FindOwnedMatchesAsync(view!.Data));
    }

    [Fact]
    public async Task OwnerRegisteringAgain_IsToldItIsTheirs()
    {
        var matches = await _database.SignIn(_repA).Customers.FindOwnedMatchesAsync(new CustomerFormModel { Name = "华为技术" });

        Assert.True(Assert.Single(matches).IsYours);
    }
}
