using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class OwnershipFollowsJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // OWN-5 across features: a manager transfers a customer that has a signed contract; the contract's PDF goes with
    // the customer — the new rep downloads it, the previous rep gets 404 for the same URL.
    [Fact]
    public Task ManagerTransfersACustomerWithASignedContract_TheNewRepDownloadsItsPdf_ThePreviousRepGets404() => JourneyAsync(async pages =>
    {
        var (customerId, pdfUrl) = await SignedCustomerOfAsync("rep.east@demo.salescrm");
        var previous = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(previous);
        Assert.Equal(200, (await previous.APIRequest.GetAsync(pdfUrl)).Status);

        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, $"/customers/{customerId}");
        await manager.GetByTestId("transfer-customer").ClickAsync();
        await manager.GetByTestId("transfer-dialog").Locator(".mud-select").First.ClickAsync();
        await manager.GetByRole(AriaRole.Option).Filter(new() { HasText = "马丽 Ma Li" }).ClickAsync();
        await manager.GetByTestId("transfer-reason").FillAsync("张伟 moves to key accounts");
        await manager.GetByTestId("transfer-submit").ClickAsync();
        await Expect(manager.GetByTestId("customer-overview")).ToContainTextAsync("马丽 Ma Li");

        var next = await SignInAsync("rep2.east@demo.salescrm");
        pages.Add(next);
        var download = await next.APIRequest.GetAsync(pdfUrl);
        Assert.Equal((200, "application/pdf"), (download.Status, download.Headers["content-type"]));
        Assert.Equal(404, (await previous.APIRequest.GetAsync(pdfUrl)).Status);
        await GoAsync(next, pdfUrl.Replace("/pdf", string.Empty, StringComparison.Ordinal));
        await Expect(next.GetByTestId("contract-pdf")).ToBeVisibleAsync();
    });

    /// <summary>A new customer of the rep with a contract signed by the domain's own moves (its consequences follow in the save).</summary>
    private async Task<(Guid CustomerId, string PdfUrl)> SignedCustomerOfAsync(string email)
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        var calendar = App.Services.GetRequiredService<CompanyCalendar>();
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var db = await factory.CreateDbContextAsync();
        db.Actor = AuditActor.System;
        var rep = await db.Users.SingleAsync(u => u.Email == email);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var customer = new CustomerBuilder().Named($"苏州瑞丰{tag}新材料股份有限公司").Build(rep.Id, rep.RegionId, now);
        db.Customers.Add(customer);
        db.OwnershipLedger.Add(OwnershipRecord.FirstContact(customer.Id, rep.Id, rep.Id, now));
        var terms = new ContractTerms(
            [new ContractLine(Guid.NewGuid(), "CPD30", "3 吨电动叉车", "台", 90_000m, 2m, 90_000m)],
            "CNY", calendar.DayOf(now).AddDays(60), PaymentMethod.BankTransfer, customer.Settlement, 30, null, SigningMethod.Paper, null, FreeService: false);
        var contract = Contract.Draft($"HT-J-{tag}", customer.Id, null, rep.Id, rep.RegionId, terms, customer.Settlement, rep.Id, now, calendar);
        contract.SubmitForReview();
        contract.ApproveLegally(null);
        var pdf = IssuedContractPdf.Issue(contract.Id, "%PDF-1.4 signed copy"u8.ToArray(), now);
        contract.Sign(pdf.Sha256, now);
        db.Contracts.Add(contract);
        db.IssuedContractPdfs.Add(pdf);
        await db.SaveChangesAsync();
        return (customer.Id, $"/contracts/{contract.Id}/pdf");
    }
}
