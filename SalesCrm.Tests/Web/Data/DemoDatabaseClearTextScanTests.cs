using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Tests.Web.Data;

/// <summary>
/// SEC-4 on the database a first start in Development seeds: no customer contact's and no complainant's phone number or
/// e-mail address is found in clear in any text or blob column of any table, issued PDFs read as text included.
/// </summary>
public sealed class DemoDatabaseClearTextScanTests(DemoDatabaseClearTextScanTests.App app) : IClassFixture<DemoDatabaseClearTextScanTests.App>
{
    [Fact]
    public async Task SEC4_AFreshlySeededDemoDatabase_HoldsNoContactsOrComplainantsPhoneOrEmailInClear_InAnyTableOrIssuedPdf()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var secrets = await SecretsAsync(db);
        var anIssuedPdf = string.Concat(PdfText.Pages((await db.IssuedContractPdfs.FirstAsync()).Content));

        var found = await ScanAsync(db.Database.GetDbConnection(), secrets);

        Assert.Contains(secrets, s => anIssuedPdf.Contains(s, StringComparison.Ordinal));
        Assert.Empty(found);
    }

    /// <summary>
    /// What the seeder typed, read back decrypted, each as typed and in the forms matching uses (digits only, E.164,
    /// case-folded). Staff users' own e-mail addresses (AspNetUsers) are not customer data and are not among them.
    /// </summary>
    private static async Task<HashSet<string>> SecretsAsync(CrmDbContext db)
    {
        var contacts = await db.Contacts.Select(c => new { c.Phone, c.Email }).ToListAsync();
        var complainants = await db.ServiceRequests.Where(r => r.ContactDetails != null).Select(r => r.ContactDetails!).ToListAsync();
        var phones = contacts.Where(c => c.Phone is not null).Select(c => c.Phone!.Value)
            .Concat(complainants.Where(c => SalesCrm.Domain.Customers.PhoneNumber.Validate(c) is null)).ToList();
        var emails = contacts.Where(c => c.Email is not null).Select(c => c.Email!.Value).Concat(complainants.Where(c => c.Contains('@', StringComparison.Ordinal))).ToList();
        Assert.True(complainants.Count > 0 && phones.Count > 0 && emails.Count > 0, "The demo seeded no contact details to look for.");
        return
        [
            .. phones, .. phones.Select(p => new string(p.Where(char.IsAsciiDigit).ToArray())), .. phones.Select(ContactMatchKeys.NormalisePhone),
            .. emails, .. emails.Select(e => e.ToLowerInvariant()),
        ];
    }

    /// <summary>Every value of every column of every table, read with plain SQL (no converter decrypts it); "table.column: secret" for each hit.</summary>
    private static async Task<List<string>> ScanAsync(DbConnection connection, IReadOnlyCollection<string> secrets)
    {
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (var column = 0; column < rows.FieldCount; column++)
                {
                    var text = rows.GetValue(column) switch
                    {
                        string value => value,
                        byte[] bytes when bytes.AsSpan().StartsWith("%PDF"u8) => string.Concat(PdfText.Pages(bytes)),
                        byte[] bytes => Encoding.UTF8.GetString(bytes) + Encoding.Unicode.GetString(bytes),
                        _ => null,
                    };
                    found.AddRange(secrets.Where(s => text?.Contains(s, StringComparison.OrdinalIgnoreCase) == true).Select(s => $"{table}.{rows.GetName(column)}: {s}"));
                }
            }
        }

        return found;
    }

    public sealed class App() : CrmAppFactory(Environments.Development);
}
