using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesCrm.Domain.Common;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

/// <summary>
/// CAL-1 in the browser: the app shows and reads times in company time (Beijing), whatever zone the server runs in. The
/// test script runs this journey with the server's process in UTC.
/// </summary>
[Collection(BrowserGroup.Name)]
[Trait("Category", TestCategories.CompanyCalendar)]
public sealed class CompanyTimeJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public Task CAL1_AVisitLoggedAtNineBeijingTime_ShowsAsNineOnItsDay_InEnglishAndChinese() => JourneyAsync(async pages =>
    {
        var calendar = App.Services.GetRequiredService<CompanyCalendar>();
        // Yesterday in Beijing, so 09:00 is in the past at any hour the suite runs.
        var day = calendar.Today(TimeProvider.System).AddDays(-1);
        var shown = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 09:00";
        var notes = "CAL-1 上午九点拜访 Nine o'clock visit " + Guid.NewGuid().ToString("N")[..6];
        Guid customerId;
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync())
        {
            var accountManager = await db.Users.SingleAsync(u => u.Email == "am.east@demo.salescrm");
            customerId = await db.Customers.Where(c => c.AccountManagerId == accountManager.Id).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
        }

        var am = await SignInAsync("am.east@demo.salescrm");
        pages.Add(am);
        await GoAsync(am, $"/customers/{customerId}");
        await am.GetByRole(AriaRole.Tab).Filter(new() { HasText = "Visits" }).ClickAsync();
        await am.GetByTestId("visit-log").ClickAsync();
        await am.GetByTestId("visit-kind").ClickAsync();
        await am.GetByRole(AriaRole.Option).Filter(new() { HasText = "On-site visit" }).ClickAsync();
        await Expect(Field(am, "visit-kind")).ToHaveValueAsync("On-site visit");
        var typed = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00";
        await Field(am, "visit-occurred-at").FillAsync(typed);
        await Field(am, "visit-participants").FillAsync("采购部王经理 Manager Wang");
        await Field(am, "visit-notes").FillAsync(notes);
        await Expect(Field(am, "visit-participants")).ToHaveValueAsync("采购部王经理 Manager Wang");
        await am.GetByTestId("visit-save").ClickAsync();
        await Expect(am.GetByTestId("visit-dialog")).ToHaveCountAsync(0);

        var logged = am.GetByTestId("visits-table").Locator("tbody tr").Filter(new() { HasText = notes });
        await Expect(logged.GetByTestId("visit-occurred")).ToHaveTextAsync(shown);

        // What was typed is the instant Beijing's clocks showed: 01:00 UTC, whatever the server's own zone.
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.ContactLogs.Where(l => l.Notes == notes).Select(l => l.OccurredAt).SingleAsync();
            Assert.Equal(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero), stored);
        }

        await am.GetByTestId("language-switch").Locator("button").First.ClickAsync();
        await am.GetByText("简体中文").ClickAsync();
        var visitsTab = am.GetByRole(AriaRole.Tab).Filter(new() { HasText = "拜访" });
        await Expect(visitsTab).ToBeVisibleAsync();
        await WaitInteractiveAsync(am);
        await visitsTab.ClickAsync();
        var inChinese = am.GetByTestId("visits-table").Locator("tbody tr").Filter(new() { HasText = notes });
        await Expect(inChinese.GetByTestId("visit-occurred")).ToHaveTextAsync(shown);
        await Expect(inChinese.GetByTestId("visit-kind-cell")).ToContainTextAsync("上门拜访");
    });
}
