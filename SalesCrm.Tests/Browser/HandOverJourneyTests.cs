using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class HandOverJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // OWN-7: a rep of East leaves; the East manager closes the account and hands all the rep's customers to 马丽 in one
    // step with one reason; the customers' pages name 马丽 as owner and the leaver can no longer sign in.
    [Fact]
    public Task OWN7_TheManagerClosesALeaversAccount_AndHandsAllTheirCustomersToAColleagueInOneStep() => JourneyAsync(async pages =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (email, name, customers) = await LeaverWithCustomersAsync(tag);
        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/ownership/hand-over");

        await manager.GetByTestId("handover-person").Filter(new() { HasText = name }).ClickAsync();
        await Expect(manager.GetByTestId("handover-form")).ToContainTextAsync($"{name}: 2 customers");
        await Expect(manager.GetByTestId("handover-customers").Locator("tbody tr")).ToHaveCountAsync(2);
        await manager.GetByTestId("handover-successor").Locator("xpath=ancestor-or-self::div[contains(@class,'mud-select')]").First.ClickAsync();
        // The successor's option reads "name · region"; the people list beside it holds options of its own.
        await manager.GetByRole(AriaRole.Option, new() { Name = "马丽 Ma Li · " }).ClickAsync();
        await Field(manager, "handover-reason").FillAsync($"{name} left the company");
        await manager.GetByTestId("handover-submit").ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Hand over", Exact = true }).ClickAsync();

        await Expect(manager.Locator(".mud-snackbar")).ToContainTextAsync($"2 customers of {name} handed over.");
        await Expect(manager.GetByTestId("handover-person").Filter(new() { HasText = name })).ToHaveCountAsync(0);
        await GoAsync(manager, $"/customers/{customers[0]}");
        await Expect(manager.GetByTestId("customer-overview")).ToContainTextAsync("马丽 Ma Li");

        var leaver = await App.NewPageAsync();
        pages.Add(leaver);
        await leaver.GotoAsync("/login");
        await leaver.GetByTestId("login-email").FillAsync(email);
        await leaver.GetByTestId("login-password").FillAsync(DemoOrganisation.Password);
        await leaver.GetByTestId("login-submit").ClickAsync();
        await Expect(leaver.GetByTestId("login-error")).ToBeVisibleAsync();
    });

    /// <summary>A new rep of the East manager's region with two customers of their own, arranged through the database.</summary>
    private async Task<(string Email, string Name, Guid[] Customers)> LeaverWithCustomersAsync(string tag)
    {
        var email = $"leaver.{tag}@demo.salescrm";
        var name = $"离职{tag}";
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.Actor = AuditActor.System;
        var region = (await db.Users.SingleAsync(u => u.Email == "manager.east@demo.salescrm")).RegionId;
        var rep = new CrmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Role = CrmRole.SalesRep, RegionId = region };
        Assert.True((await users.CreateAsync(rep, DemoOrganisation.Password)).Succeeded);
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var customers = new[] { $"常州恒通{tag}机械有限公司", $"嘉兴美达{tag}包装有限公司" }
            .Select(n => new CustomerBuilder().Named(n).Build(rep.Id, region, now)).ToArray();
        db.Customers.AddRange(customers);
        db.OwnershipLedger.AddRange(customers.Select(c => OwnershipRecord.FirstContact(c.Id, rep.Id, rep.Id, now)));
        await db.SaveChangesAsync();
        return (email, name, [.. customers.Select(c => c.Id)]);
    }
}
