using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / CUS-1, OWN-2: the identifiers a customer is matched by (credit code, phone, e-mail) and what is checked
// while typing or searching. Normalising them for matching once threw on a lone surrogate (string.Normalize does), which
// ended the user's page instead of showing a message.
public sealed class HostileCustomerLookupInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CrmUser _rep = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
        await new CustomerBuilder().Named("华为技术有限公司").WithContact("李经理", "138 0013 8000", "li@huawei.example").SaveAsync(_database, _rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string> HostileTexts() => new() { "NUL", "ESC", "RLO", "lone high surrogate", "lone low surrogate", "1 MB" };

    [Theory]
    [InlineData("NUL", "Field.ControlCharacters")]
    [InlineData("RLO", "Field.ControlCharacters")]
    [InlineData("lone high surrogate", "Field.BrokenCharacter")]
    [InlineData("lone low surrogate", "Field.BrokenCharacter")]
    public async Task CUS1_AHostileCreditCodePhoneOrEmail_IsRefusedOnEachField_NeverAsAnException_AndNothingIsSaved(string hostile, string code)
    {
        var text = HostileInput.Text(hostile);
        var form = new CustomerBuilder().Named("Ningbo Harbour Supplies").WithContact("Wang", "139 0000 1111").ToForm();
        form.Uscc = "9135" + text;
        (form.Contacts[0].Phone, form.Contacts[0].Email) = ("139 " + text, $"wang{text.Replace(" ", string.Empty, StringComparison.Ordinal)}@example.com");

        var result = await _database.SignIn(_rep).Customers.CreateAsync(form);

        Assert.Equal(["Contacts[0].Email", "Contacts[0].Phone", "Uscc"], result.Errors!.Where(e => e.Code == code).Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(1, await CustomerCountAsync());
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task OWN2_TheCheckWhileTypingAHostileNameCreditCodePhoneOrEmail_FindsNothing_InsteadOfFailingThePage(string hostile)
    {
        var text = HostileInput.Text(hostile);
        var form = new CustomerBuilder().Named(text).WithContact("Wang", text, text).ToForm();
        form.Uscc = text;
        var customers = _database.SignIn(_rep).Customers;

        Assert.Empty(await customers.FindOwnedMatchesAsync(form));
        Assert.Empty(await customers.FindPossibleDuplicatesAsync(form));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task CUS1_SearchingTheCustomerListForHostileText_FindsNothing_InsteadOfFailingThePage(string hostile)
    {
        var found = await _database.SignIn(_rep).Customers.ListAsync(new PageRequest(0, 10, Search: HostileInput.Text(hostile)));

        Assert.Equal(0, found.Total);
    }

    private async Task<int> CustomerCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Customers.CountAsync();
    }
}
