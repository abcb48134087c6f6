using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Leads.Import;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class LeadImportJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // LEAD-1/OWN-3 end to end: the East manager imports three rows (a new company, a company the South rep already
    // owns, a bad e-mail address), sees one of each, and downloads the report with every row's outcome.
    [Fact]
    public Task ManagerImportsAFile_SeesCreatedOwnedAndInvalid_AndDownloadsTheReport() => JourneyAsync(async pages =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var owned = await CompanyOfAsync("rep.south@demo.salescrm");
        var csv = "CompanyName,ContactName,Phone,Email\r\n" +
                  $"Import {tag} Co.,Chen Ming,,chen.{tag}@example.com\r\n" +
                  $"\"{owned}\",Liu Yang,,liu.{tag}@example.com\r\n" +
                  $"Broken {tag} Co.,Wang Fang,,wang.{tag}@\r\n";

        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/leads");
        await manager.GetByTestId("import-leads").ClickAsync();
        await WaitInteractiveAsync(manager);
        await Expect(manager.GetByTestId("import-form")).ToHaveAttributeAsync("data-ready", "true");
        await manager.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "leads.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Expect(manager.GetByTestId("import-file-name")).ToHaveTextAsync("leads.csv");
        await manager.GetByTestId("import-start").ClickAsync();

        await Expect(manager.GetByTestId("count-created")).ToHaveTextAsync("1 created");
        await Expect(manager.GetByTestId("count-owned")).ToHaveTextAsync("1 already owned");
        await Expect(manager.GetByTestId("count-invalid")).ToHaveTextAsync("1 invalid");
        await Expect(manager.GetByTestId("import-table")).ToContainTextAsync("吴芳 Wu Fang");

        var download = await manager.RunAndWaitForDownloadAsync(() => manager.GetByTestId("import-download").ClickAsync());
        var report = CsvReader.Read(await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8)).ToList();
        Assert.Equal(["CompanyName", "ContactName", "Phone", "Email", "Outcome", "Message"], report[0]);
        Assert.Equal(["Created", "Already owned", "Invalid"], report.Skip(1).Select(r => r[4]));
        Assert.Equal([$"Import {tag} Co.", owned, $"Broken {tag} Co."], report.Skip(1).Select(r => r[0]));
        Assert.Contains("吴芳 Wu Fang", report[2][5], StringComparison.Ordinal);
    });

    /// <summary>A seeded customer of the demo user with <paramref name="email"/>.</summary>
    private async Task<string> CompanyOfAsync(string email)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync();
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Customers.Where(c => c.OwnerId == owner).OrderBy(c => c.Name).Select(c => c.Name).FirstAsync();
    }
}
