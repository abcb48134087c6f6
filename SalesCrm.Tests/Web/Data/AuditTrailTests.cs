using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Admin;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Data;

// SEC-2: every change is audited with who, when, what, old and new value, in the same save as the change.
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly SaveLog _saves = new();
    private TestDatabase _database = null!;
    private CrmUser _rep = null!;
    private UserSession _session = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync(_saves);
        var organisation = new OrganisationBuilder(_database);
        _rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"), "Zhang Wei");
        _session = _database.SignIn(_rep);
        _saves.Clear();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task CreatingCustomer_RecordsActorAndEveryNewValue()
    {
        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().Named("Hangzhou Acme").WithContact("Li Lei", "138 0013 8000").ToForm())).Id!.Value;

        var entries = await EntriesAsync(id);

        Assert.All(entries, e => Assert.Equal((AuditAction.Created, _rep.Id, "Zhang Wei", TestDatabase.Start, null), (e.Action, e.ActorId, e.ActorName, e.At, e.OldValue)));
        Assert.Equal("Hangzhou Acme", entries.Single(e => e.Field == "Name").NewValue);
        Assert.Equal(("Li Lei", "*********8000"), entries.Where(e => e.Field == "Contact.Phone").Select(e => (e.Subject, e.NewValue)).Single());
    }

    [Fact]
    public async Task CreatingCustomer_WritesTheAuditRowsInTheSameSave()
    {
        await _session.Customers.CreateAsync(new CustomerBuilder().WithContact("Li Lei").ToForm());

        var save = Assert.Single(_saves.Saves);
        Assert.Contains((typeof(Customer), EntityState.Added), save);
        Assert.Contains((typeof(AuditEntry), EntityState.Added), save);
    }

    [Fact]
    public async Task EditingCustomer_RecordsOldAndNewValueOfEachChangedFieldOnly()
    {
        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().Named("Hangzhou Acme").WithContact("Li Lei", "138 0013 8000").ToForm())).Id!.Value;
        var form = (await _session.Customers.GetAsync(id))!.Data;
        form.Name = "Hangzhou Acme Group";
        form.Contacts[0].Phone = "139 0013 9000";
        _database.Time.Advance(TimeSpan.FromHours(2));

        await _session.Customers.UpdateAsync(form);

        var updates = (await EntriesAsync(id)).Where(e => e.Action == AuditAction.Updated)
            .Select(e => (e.Field, e.Subject, e.OldValue, e.NewValue, e.ActorId, e.At));
        var at = TestDatabase.Start.AddHours(2);
        Assert.Equal(
            [("Contact.Phone", "Li Lei", "*********8000", "*********9000", _rep.Id, at), ("Name", null, "Hangzhou Acme", "Hangzhou Acme Group", _rep.Id, at)],
            updates.Order());
    }

    [Theory]
    [InlineData("138 0013 8000", "139 0013 8000", null, null)]
    [InlineData(null, null, "li.lei@example.com", "lu.lei@example.com")]
    public async Task ChangeOfContactDetailsWhoseMaskLooksTheSame_IsStillRecorded(string? oldPhone, string? newPhone, string? oldEmail, string? newEmail)
    {
        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().WithContact("Li Lei", oldPhone, oldEmail).ToForm())).Id!.Value;
        var form = (await _session.Customers.GetAsync(id))!.Data;
        form.Contacts[0].Phone = newPhone;
        form.Contacts[0].Email = newEmail;

        await _session.Customers.UpdateAsync(form);

        Assert.Contains(await EntriesAsync(id), e => e is { Action: AuditAction.Updated, Field: "Contact.Phone" or "Contact.Email" });
    }

    [Fact]
    public async Task RemovingContact_IsRecordedAsDeleted()
    {
        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().WithContact("Li Lei", "138 0013 8000").ToForm())).Id!.Value;
        var form = (await _session.Customers.GetAsync(id))!.Data;
        form.Contacts.Clear();

        await _session.Customers.UpdateAsync(form);

        Assert.Contains((await EntriesAsync(id)), e => e is { Action: AuditAction.Deleted, Field: "Contact.Name", OldValue: "Li Lei", NewValue: null });
    }

    [Fact]
    public async Task History_ShowsTheChangesNewestFirst() // CUS-2
    {
        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().Named("Hangzhou Acme").ToForm())).Id!.Value;
        var form = (await _session.Customers.GetAsync(id))!.Data;
        form.Name = "Hangzhou Acme Group";
        await _session.Customers.UpdateAsync(form);

        var history = await _session.Customers.HistoryAsync(id, new PageRequest(0, 100));

        Assert.Equal(("Name", AuditAction.Updated, "Zhang Wei", "Hangzhou Acme Group"), (history!.Items[0].Field, history.Items[0].Action, history.Items[0].Actor, history.Items[0].NewValue));
    }

    [Fact]
    public async Task History_ShowsTheOwnersNameInsteadOfTheirId()
    {
        var id = (await _session.Customers.CreateAsync(new CustomerBuilder().ToForm())).Id!.Value;

        var history = await _session.Customers.HistoryAsync(id, new PageRequest(0, 100));

        Assert.Equal("Zhang Wei", history!.Items.Single(h => h.Field == "OwnerId").NewValue);
    }

    [Fact]
    public async Task SavingCustomerWithoutActor_IsRefusedAndNothingIsWritten()
    {
        await using (var db = _database.Factory.CreateDbContext())
        {
            db.Customers.Add(new CustomerBuilder().Build(_rep.Id, _rep.RegionId, TestDatabase.Start));

            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = _database.CreateContext();
        Assert.Equal((0, 0), (await check.Customers.CountAsync(), await check.AuditEntries.CountAsync(a => a.EntityType == nameof(Customer))));
    }

    [Fact]
    public async Task ChangingUsersRole_IsRecordedWithTheAdministratorAsActor()
    {
        var organisation = new OrganisationBuilder(_database);
        var admin = await organisation.UserAsync(CrmRole.Administrator, await organisation.RegionAsync("Head office"), "Admin");
        var form = new UserFormModel { Id = _rep.Id, Email = _rep.Email!, DisplayName = _rep.DisplayName, Role = CrmRole.SalesManager, RegionId = _rep.RegionId };

        await _database.SignIn(admin).Admin.UpdateAsync(form);

        await using var db = _database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "User" && a.EntityId == _rep.Id && a.Field == "Role" && a.Action == AuditAction.Updated);
        Assert.Equal((admin.Id, "SalesRep", "SalesManager"), (entry.ActorId, entry.OldValue, entry.NewValue));
    }

    private async Task<List<AuditEntry>> EntriesAsync(Guid customerId)
    {
        await using var db = _database.CreateContext();
        return await db.AuditEntries.Where(a => a.EntityType == nameof(Customer) && a.EntityId == customerId).ToListAsync();
    }
}
