using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Leads;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>
/// OWN-2's hint while typing: customers with a name like the typed one (not the same: that is the strong match) are
/// shown as possible duplicates, told as OWN-3 allows, with the name only when the user may read the customer.
/// </summary>
public sealed class PossibleDuplicateTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _repA = default!;
    private CrmUser _repB = default!;
    private Guid _huawei;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("华东大区");
        _repA = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _repB = await _organisation.UserAsync(CrmRole.SalesRep, await _organisation.RegionAsync("华南大区"), "吴芳");
        _huawei = (await new CustomerBuilder().Named("华为技术有限公司").WithContact("李雷", "138-0013-8000").SaveAsync(_database, _repA)).Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OWN2_SimilarButNotEqualName_IsShownAsPossibleDuplicate_WithNameOwnerRegionAndSince_ToWhoMayReadIt()
    {
        var manager = await _organisation.UserAsync(CrmRole.SalesManager, _east, "王经理");

        var duplicates = await _database.SignIn(manager).Customers.FindPossibleDuplicatesAsync(Typed("华为技术服务有限公司"));

        Assert.Equal(new PossibleDuplicate("华为技术有限公司", $"/customers/{_huawei}", "张伟", "华东大区", TestDatabase.Start, IsYours: false), Assert.Single(duplicates));
    }

    [Fact]
    public async Task OWN2_OWN3_RepOfAnotherRegion_IsToldOwnerRegionAndSince_ButNotTheName()
    {
        var duplicates = await _database.SignIn(_repB).Customers.FindPossibleDuplicatesAsync(Typed("華為技術服務有限公司"));

        Assert.Equal(new PossibleDuplicate(null, null, "张伟", "华东大区", TestDatabase.Start, IsYours: false), Assert.Single(duplicates));
    }

    [Fact]
    public async Task OWN2_OwnCustomerWithASimilarName_IsShownAsTheirs_WithItsName()
    {
        var duplicates = await _database.SignIn(_repA).Customers.FindPossibleDuplicatesAsync(Typed("华为技术服务有限公司"));

        Assert.Equal(new PossibleDuplicate("华为技术有限公司", $"/customers/{_huawei}", "张伟", "华东大区", TestDatabase.Start, IsYours: true), Assert.Single(duplicates));
    }

    [Fact]
    public async Task OWN2_EnglishNameThatGrew_IsAPossibleDuplicate()
    {
        await new CustomerBuilder().Named("Acme Trading Co., Ltd.").SaveAsync(_database, _repA);

        var duplicates = await _database.SignIn(_repB).Customers.FindPossibleDuplicatesAsync(Typed("Acme Tradings Shanghai"));

        Assert.Equal("张伟", Assert.Single(duplicates).Owner);
    }

    [Theory]
    [InlineData("华为终端有限公司")]
    [InlineData("中兴通讯股份有限公司")]
    [InlineData("华为")]
    public async Task OWN2_UnrelatedOrTooShortName_HasNoPossibleDuplicate(string typed)
    {
        Assert.Empty(await _database.SignIn(_repB).Customers.FindPossibleDuplicatesAsync(Typed(typed)));
    }

    [Fact]
    public async Task OWN2_SameNameAfterNormalising_IsAStrongMatch_AndNotRepeatedAsPossibleDuplicate()
    {
        var session = _database.SignIn(_repB);
        var form = Typed("華為技術股份有限公司");

        Assert.Equal(MatchKind.CompanyName, Assert.Single(await session.Customers.FindOwnedMatchesAsync(form)).Reason);
        Assert.Empty(await session.Customers.FindPossibleDuplicatesAsync(form));
    }

    [Fact]
    public async Task OWN2_StrongMatchOnThePhone_WithASimilarName_IsNotRepeatedAsPossibleDuplicate()
    {
        var session = _database.SignIn(_repB);
        var form = new CustomerFormModel { Name = "华为技术服务有限公司", Contacts = [new ContactFormModel { Name = "李雷", Phone = "+86 138 0013 8000" }] };

        Assert.Equal(MatchKind.Phone, Assert.Single(await session.Customers.FindOwnedMatchesAsync(form)).Reason);
        Assert.Empty(await session.Customers.FindPossibleDuplicatesAsync(form));
    }

    [Fact]
    public async Task OWN2_AtMostFivePossibleDuplicates_AreShown_BestFirst()
    {
        // With 华为技术 (another region's, so unnamed) ranked fifth and 华为技术服务中心站点 sixth, the least alike.
        foreach (var name in new[] { "华为技术服务中心站点有限公司", "华为技术服务中心有限公司", "华为技术服有限公司", "华为技术服务中心站有限公司", "华为技术服务部有限公司" })
        {
            await new CustomerBuilder().Named(name).SaveAsync(_database, _repB);
        }

        var duplicates = await _database.SignIn(_repB).Customers.FindPossibleDuplicatesAsync(Typed("华为技术服务有限公司"));

        Assert.Equal(["华为技术服务部有限公司", "华为技术服有限公司", "华为技术服务中心有限公司", "华为技术服务中心站有限公司", null], duplicates.Select(d => d.Name));
    }

    [Fact]
    public async Task OWN2_CustomerRegisteredThroughTheService_IsFoundAtOnce_WithoutReloadingTheIndex()
    {
        var typing = _database.SignIn(_repB);
        Assert.Empty(await typing.Customers.FindPossibleDuplicatesAsync(Typed("北京小米科技有限公司")));

        var saved = await _database.SignIn(_repA).Customers.CreateAsync(new CustomerBuilder().Named("小米科技有限公司").ToForm());

        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal("张伟", Assert.Single(await typing.Customers.FindPossibleDuplicatesAsync(Typed("北京小米科技有限公司"))).Owner);
    }

    [Fact]
    public async Task OWN2_LeadRegisteredThroughTheService_IsFoundAtOnce_AndLinksToTheLeadPage()
    {
        var session = _database.SignIn(_repA);
        Assert.Empty(await session.Customers.FindPossibleDuplicatesAsync(Typed("娃哈哈饮料有限公司")));

        var lead = await session.Customers.RegisterLeadAsync(new LeadFormModel { CompanyName = "娃哈哈有限公司", ContactName = "刘洋", Phone = "139 1234 5678" });

        var duplicate = Assert.Single(await session.Customers.FindPossibleDuplicatesAsync(Typed("娃哈哈饮料有限公司")));
        Assert.Equal(("娃哈哈有限公司", $"/leads/{lead.Id}", true), (duplicate.Name, duplicate.Link, duplicate.IsYours));
    }

    [Fact]
    public async Task OWN2_CustomerRenamedByAnUpdate_IsFoundUnderItsNewName_AndNoLongerUnderItsOld()
    {
        var typing = _database.SignIn(_repB);
        Assert.Single(await typing.Customers.FindPossibleDuplicatesAsync(Typed("华为技术服务有限公司")));
        var owner = _database.SignIn(_repA);
        var form = (await owner.Customers.GetAsync(_huawei))!.Data;
        form.Name = "腾讯科技有限公司";

        Assert.Equal(SaveOutcome.Saved, (await owner.Customers.UpdateAsync(form)).Outcome);

        Assert.Empty(await typing.Customers.FindPossibleDuplicatesAsync(Typed("华为技术服务有限公司")));
        Assert.Equal("张伟", Assert.Single(await typing.Customers.FindPossibleDuplicatesAsync(Typed("腾讯科技服务有限公司"))).Owner);
    }

    [Fact]
    public async Task OWN2_TheCustomerBeingEdited_IsNotItsOwnPossibleDuplicate()
    {
        var session = _database.SignIn(_repA);
        var form = (await session.Customers.GetAsync(_huawei))!.Data;
        form.Name = "华为技术服务有限公司";

        Assert.Empty(await session.Customers.FindPossibleDuplicatesAsync(form));
    }

    private static CustomerFormModel Typed(string name) => new() { Name = name };
}
