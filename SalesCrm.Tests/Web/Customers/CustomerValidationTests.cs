using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Customers;

// CUS-1 input rules through the service: field errors come back to the form and nothing is written.
public sealed class CustomerValidationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CrmUser _rep = null!;
    private UserSession _session = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
        _session = _database.SignIn(_rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("91350100M000100Y44", "138 0013 8000", "li.lei@example.com", "Uscc", "Uscc.Checksum")]
    [InlineData("91350100M000100Y43", "138-0013-800a", "li.lei@example.com", "Contacts[0].Phone", "Phone.Characters")]
    [InlineData("91350100M000100Y43", "138 0013 8000", "li.lei@example", "Contacts[0].Email", "Email.Invalid")]
    public async Task CreatingWithAnInvalidField_ReturnsItsErrorAndSavesNothing(string uscc, string phone, string email, string field, string code)
    {
        var form = new CustomerBuilder().WithUscc(uscc).WithContact("Li Lei", phone, email).ToForm();

        var result = await _session.Customers.CreateAsync(form);

        Assert.Equal((SaveOutcome.Invalid, field, code), (result.Outcome, Assert.Single(result.Errors!).Field, result.Errors![0].Code));
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task CreatingWithSeveralInvalidFields_ReturnsThemAllAtOnce()
    {
        var form = new CustomerBuilder().Named("").WithUscc("123").WithContact("Li Lei", "1", "li.lei@").ToForm();

        var result = await _session.Customers.CreateAsync(form);

        Assert.Equal(["Name", "Uscc", "Contacts[0].Phone", "Contacts[0].Email"], result.Errors!.Select(e => e.Field));
    }

    [Fact]
    public async Task UpdatingWithAnInvalidPhone_ChangesNothing()
    {
        var customer = await new CustomerBuilder().Named("Hangzhou Acme").WithContact("Li Lei", "138 0013 8000").SaveAsync(_database, _rep);
        var before = await CountsAsync();
        var form = (await _session.Customers.GetAsync(customer.Id))!.Data;
        form.Name = "Renamed";
        form.Contacts[0].Phone = "call me";

        var result = await _session.Customers.UpdateAsync(form);

        Assert.Equal(("Contacts[0].Phone", "Hangzhou Acme", before), (Assert.Single(result.Errors!).Field, await StoredNameAsync(customer.Id), await CountsAsync()));
    }

    [Fact]
    public async Task MarkingLostThroughTheEditForm_IsRefused() // CUS-3: lost needs a reason
    {
        var customer = await new CustomerBuilder().SaveAsync(_database, _rep);
        var form = (await _session.Customers.GetAsync(customer.Id))!.Data;
        form.Status = CustomerStatus.Lost;

        var result = await _session.Customers.UpdateAsync(form);

        Assert.Equal((SaveOutcome.Invalid, "Customer.LostNeedsReason"), (result.Outcome, Assert.Single(result.Errors!).Code));
        await using var db = _database.CreateContext();
        Assert.Equal(CustomerStatus.Prospect, (await db.Customers.SingleAsync()).Status);
    }

    private async Task<(int Customers, int Contacts, int AuditEntries)> CountsAsync()
    {
        await using var db = _database.CreateContext();
        return (await db.Customers.CountAsync(), await db.Contacts.CountAsync(), await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Customer)));
    }

    private async Task<string> StoredNameAsync(Guid id)
    {
        await using var db = _database.CreateContext();
        return await db.Customers.Where(c => c.Id == id).Select(c => c.Name).SingleAsync();
    }
}
