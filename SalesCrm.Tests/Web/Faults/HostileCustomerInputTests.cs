using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / CUS-1: hostile text in the customer form comes back as a message on its field; nothing is saved.
public sealed class HostileCustomerInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CrmUser _rep = null!;
    private CrmUser _otherRep = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var east = await organisation.RegionAsync("East");
        _rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        _otherRep = await organisation.UserAsync(CrmRole.SalesRep, east);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CUS1_ANameWithControlCharactersBrokenCharactersOrAMegabyte_IsRefusedNextToTheName_AndNothingIsSaved(string name, string code)
    {
        var result = await _database.SignIn(_rep).Customers.CreateAsync(new CustomerBuilder().Named(HostileInput.Text(name)).ToForm());

        Assert.Equal((SaveOutcome.Invalid, "Name", code), (result.Outcome, Assert.Single(result.Errors!).Field, result.Errors![0].Code));
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CUS1_HostileTextInTheOtherFieldsAndAContact_IsRefusedOnEachField_AndTheEditChangesNothing(string hostile, string code)
    {
        var text = HostileInput.Text(hostile);
        var customer = await new CustomerBuilder().Named("Hangzhou Acme").WithContact("Li Lei", "138 0013 8000").SaveAsync(_database, _rep);
        var session = _database.SignIn(_rep);
        var form = (await session.Customers.GetAsync(customer.Id))!.Data;
        (form.Industry, form.Address, form.Needs, form.Preferences, form.Contacts[0].Name, form.Contacts[0].Title) = (text, text, text, text, text, text);

        var result = await session.Customers.UpdateAsync(form);

        Assert.Equal(
            ["Industry", "Address", "Needs", "Preferences", "Contacts[0].Name", "Contacts[0].Title"],
            result.Errors!.Where(e => e.Code == code).Select(e => e.Field));
        await using var db = _database.CreateContext();
        Assert.Equal(("Machinery", "Li Lei"), (await db.Customers.Select(c => c.Industry).SingleAsync(), await db.Contacts.Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task CUS1_MarkupInANameAndNeeds_IsStoredExactlyAsTyped_AndReadBackUnchanged()
    {
        var session = _database.SignIn(_rep);
        var form = new CustomerBuilder().Named(HostileInput.Script).ToForm();
        form.Needs = $"第一行\r\n{HostileInput.Script}\t😀";

        var result = await session.Customers.CreateAsync(form);

        var stored = (await session.Customers.GetAsync(result.Id!.Value))!.Data;
        Assert.Equal((HostileInput.Script, form.Needs), (stored.Name, stored.Needs));
    }

    [Fact]
    public async Task CUS1_AfterOneRepsHostileInputIsRefused_AnotherRepsSessionStillReadsAndSaves()
    {
        var hostile = _database.SignIn(_rep).Customers;
        Assert.NotEmpty((await hostile.CreateAsync(new CustomerBuilder().Named(HostileInput.Text("1 MB")).ToForm())).Errors!);
        Assert.NotEmpty((await hostile.CreateAsync(new CustomerBuilder().Named(HostileInput.Text("lone high surrogate")).ToForm())).Errors!);

        var other = _database.SignIn(_otherRep).Customers;
        var saved = await other.CreateAsync(new CustomerBuilder().Named("Ningbo Harbour Supplies").ToForm());

        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal("Ningbo Harbour Supplies", (await other.GetAsync(saved.Id!.Value))!.Data.Name);
    }

    private async Task<int> CustomerCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Customers.CountAsync();
    }
}
