using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Configurations;

namespace SalesCrm.Tests.Web.Data;

// SEC-4: contacts' phone numbers and e-mail addresses are encrypted at rest; matching uses keyed hashes of the normalised values.
public sealed class ContactEncryptionTests
{
    private static readonly string[] Secrets =
        ["13800138000", "138 0013 8000", "0013 8000", "li.lei@example.com", "li.lei", "13900139000", "139 0013 9000", "lei.li@example.org"];

    [Fact]
    public async Task DatabaseFile_HoldsNoPhoneNumberOrEmailAddressInClearText()
    {
        byte[] stored;
        await using (var database = await TestDatabase.OnDiskAsync())
        {
            var organisation = new OrganisationBuilder(database);
            var rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
            var session = database.SignIn(rep);
            var created = await session.Customers.CreateAsync(new CustomerBuilder().Named("Hangzhou Acme Machinery")
                .WithContact("Li Lei", "138 0013 8000", "li.lei@example.com").ToForm());
            var form = (await session.Customers.GetAsync(created.Id!.Value))!.Data;
            form.Contacts[0].Phone = "+86 139 0013 9000";
            form.Contacts[0].Email = "lei.li@example.org";
            await session.Customers.UpdateAsync(form);

            SqliteConnection.ClearAllPools();
            stored = [.. ReadAll(database.FilePath!), .. ReadAll(database.FilePath + "-wal")];
        }

        Assert.True(Contains(stored, "Hangzhou Acme Machinery"), "The file read is not the test's database.");
        Assert.All(
            Secrets,
            secret => Assert.False(Contains(stored, secret), $"'{secret}' is stored in clear text."));
    }

    [Fact]
    public async Task StoredPhoneAndEmail_AreCiphertextThatDecryptsBackToWhatWasTyped()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var (customer, _) = await ArrangeAsync(database, "138 0013 8000", "Li.Lei@Example.com");
        await using var db = database.CreateContext();

        var raw = await db.Database.SqlQueryRaw<string>("SELECT Phone AS Value FROM Contacts UNION ALL SELECT Email FROM Contacts").ToListAsync();
        var contact = await db.Contacts.SingleAsync(k => k.CustomerId == customer.Id);

        Assert.All(raw, value => Assert.StartsWith("v1:", value, StringComparison.Ordinal));
        Assert.Equal(["138 0013 8000", "Li.Lei@Example.com"], raw.Select(database.Protector.Unprotect));
        Assert.Equal(("138 0013 8000", "Li.Lei@Example.com"), (contact.Phone?.Value, contact.Email?.Value));
    }

    [Theory]
    [InlineData("+86 138-0013-8000")]
    [InlineData("8613800138000")]
    [InlineData("138 0013 8000")]
    [InlineData("１３８００１３８０００")]
    public async Task SamePhoneTypedDifferently_GetsTheSamePhoneHash(string typed) // OWN-2 matching on keyed hashes
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var (first, _) = await ArrangeAsync(database, "138-0013-8000", null);

        Assert.Equal(await PhoneHashAsync(database, first), database.MatchKeys.PhoneHashOf(typed));
    }

    [Fact]
    public async Task SecondCustomerWithTheSamePhoneInAnotherFormat_IsRefusedByTheDatabase_OWN4()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var (_, owner) = await ArrangeAsync(database, "138-0013-8000", null);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() =>
            new CustomerBuilder().Named("Acme Hangzhou").WithContact("Li Lei", "+86 138 0013 8000").SaveAsync(database, owner));

        Assert.True(UniqueKeys.IsViolation(refused));
    }

    [Fact]
    public async Task DifferentPhones_GetDifferentPhoneHashes()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var (first, owner) = await ArrangeAsync(database, "138-0013-8000", null);
        var second = await new CustomerBuilder().Named("Other").WithContact("Han Meimei", "138-0013-8001").SaveAsync(database, owner);

        Assert.NotEqual(await PhoneHashAsync(database, first), await PhoneHashAsync(database, second));
    }

    [Fact]
    public async Task EmailHash_IsTheKeyedHashOfTheCaseFoldedAddress()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var (customer, _) = await ArrangeAsync(database, null, "Li.Lei@EXAMPLE.com");
        await using var db = database.CreateContext();

        var hash = await db.Contacts.Where(k => k.CustomerId == customer.Id).Select(k => EF.Property<string>(k, ContactConfiguration.EmailHash)).SingleAsync();

        Assert.Equal(database.MatchKeys.EmailHash(EmailAddress.Parse("li.lei@example.com")!), hash);
    }

    [Fact]
    public async Task ContactWithoutPhoneOrEmail_HasNoHashes()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var (customer, _) = await ArrangeAsync(database, null, null);
        await using var db = database.CreateContext();

        var hashes = await db.Contacts.Where(k => k.CustomerId == customer.Id)
            .Select(k => new { Phone = EF.Property<string?>(k, ContactConfiguration.PhoneHash), Email = EF.Property<string?>(k, ContactConfiguration.EmailHash) })
            .SingleAsync();

        Assert.Equal((null, null), (hashes.Phone, hashes.Email));
    }

    [Fact]
    public async Task AuditEntriesOfContacts_HoldOnlyMaskedValues()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var (customer, _) = await ArrangeAsync(database, "138 0013 8000", "li.lei@example.com");
        await using var db = database.CreateContext();

        var values = await db.AuditEntries.Where(a => a.EntityId == customer.Id && a.Field.StartsWith("Contact."))
            .ToDictionaryAsync(a => a.Field, a => a.NewValue);

        Assert.Equal(("*********8000", "l***@example.com"), (values["Contact.Phone"], values["Contact.Email"]));
    }

    private static async Task<(Customer Customer, CrmUser Owner)> ArrangeAsync(TestDatabase database, string? phone, string? email)
    {
        var organisation = new OrganisationBuilder(database);
        var owner = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
        var customer = await new CustomerBuilder().WithContact("Li Lei", phone, email).SaveAsync(database, owner);
        return (customer, owner);
    }

    private static async Task<string?> PhoneHashAsync(TestDatabase database, Customer customer)
    {
        await using var db = database.CreateContext();
        return await db.Contacts.Where(k => k.CustomerId == customer.Id).Select(k => EF.Property<string?>(k, ContactConfiguration.PhoneHash)).SingleAsync();
    }

    private static byte[] ReadAll(string path) => File.Exists(path) ? File.ReadAllBytes(path) : [];

    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.BigEndianUnicode.GetBytes(text)) >= 0;
}
