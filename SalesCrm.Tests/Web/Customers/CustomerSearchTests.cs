using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Customers;

// The customer list's search box: name substring, or a whole phone number, e-mail address or USCC (SEC-4: contacts
// are found by the keyed hash of the whole normalised value, never by decrypting).
public sealed class CustomerSearchTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private UserSession _session = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
        await new CustomerBuilder().Named("Hangzhou Acme Machinery Co., Ltd.").WithUscc("91350100M000100Y43")
            .WithContact("Li Lei", "138-0013-8000", "li.lei@example.com").SaveAsync(_database, rep);
        await new CustomerBuilder().Named("苏州华信电子科技有限公司").WithContact("Wang Fang", "021-6888 1234", "wang.fang@example.cn").SaveAsync(_database, rep);
        await new CustomerBuilder().Named("100% Quality Tools Ltd.").SaveAsync(_database, rep);
        _session = _database.SignIn(rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("Acme", "Hangzhou Acme Machinery Co., Ltd.")]
    [InlineData("acme machinery", "Hangzhou Acme Machinery Co., Ltd.")]
    [InlineData("华信", "苏州华信电子科技有限公司")]
    public async Task PartOfTheName_FindsTheCustomer(string term, string name)
    {
        Assert.Equal([name], await FindAsync(term));
    }

    [Theory]
    [InlineData("+86 138 0013 8000")]
    [InlineData("13800138000")]
    [InlineData("138 0013 8000")]
    public async Task WholePhoneInAnotherNotation_FindsTheCustomer(string term)
    {
        Assert.Equal(["Hangzhou Acme Machinery Co., Ltd."], await FindAsync(term));
    }

    [Fact]
    public async Task LandlineWithCountryCode_FindsTheCustomerStoredWithAreaCode()
    {
        Assert.Equal(["苏州华信电子科技有限公司"], await FindAsync("+86 21 6888 1234"));
    }

    [Fact]
    public async Task PartOfAPhoneNumber_FindsNothing() // SEC-4: only whole values are hashed
    {
        Assert.Empty(await FindAsync("0013 8000"));
    }

    [Fact]
    public async Task EmailInOtherCase_FindsTheCustomer()
    {
        Assert.Equal(["Hangzhou Acme Machinery Co., Ltd."], await FindAsync("LI.Lei@Example.COM"));
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91350100m000100y43")]
    public async Task Uscc_FindsTheCustomer(string term)
    {
        Assert.Equal(["Hangzhou Acme Machinery Co., Ltd."], await FindAsync(term));
    }

    [Fact]
    public async Task PercentSign_IsMatchedLiterallyNotAsAWildcard()
    {
        Assert.Equal(["100% Quality Tools Ltd."], await FindAsync("%"));
    }

    [Fact]
    public async Task SearchTotal_CountsOnlyTheMatches()
    {
        var page = await _session.Customers.ListAsync(new PageRequest(0, 10, Search: "Ltd."));

        Assert.Equal(2, page.Total);
    }

    private async Task<IEnumerable<string>> FindAsync(string term) =>
        (await _session.Customers.ListAsync(new PageRequest(0, 10, Search: term))).Items.Select(c => c.Name);
}
