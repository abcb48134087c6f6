using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class ContractJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // Issue 5's journey: the rep moves an opportunity through the board to negotiation and drafts its contract; 90-day
    // terms are refused (CON-2), 60 days with a price below list ask the manager (CON-2); the manager approves, legal
    // approves (CON-3), the rep signs and downloads the PDF, which is the issued one with the hash the page shows (CON-4);
    // a rep of another region gets "not found" for it (SEC-1); the collector records a partial payment and the ledger
    // shows the outstanding amount (AR-1, CON-5).
    [Fact]
    public Task RepDraftsAContract_ManagerAndLegalApprove_RepSignsAndDownloadsThePdf_CollectorRecordsAPartialPayment() => JourneyAsync(async pages =>
    {
        var rep = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(rep);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var company = $"宁波港务物流{tag}有限公司";
        await GoAsync(rep, "/customers/new");
        await rep.GetByTestId("field-name").FillAsync(company);
        await rep.GetByTestId("save-customer").ClickAsync();
        await Expect(rep.GetByTestId("customer-title")).ToHaveTextAsync(company);
        await rep.GetByRole(AriaRole.Tab, new() { Name = "Opportunities" }).ClickAsync();
        await rep.GetByTestId("new-opportunity").ClickAsync();
        var title = $"Contract {tag} 叉车 Forklifts";
        await rep.GetByTestId("opportunity-title-input").FillAsync(title);
        await Field(rep, "opportunity-estimate").FillAsync("1200000");
        await rep.GetByTestId("opportunity-open-submit").ClickAsync();
        await Expect(rep).ToHaveURLAsync(new Regex("/opportunities/[0-9a-f-]{36}$"));
        var opportunityUrl = rep.Url;

        // PIPE-3: through the board, one stage at a time, each with its record.
        await GoAsync(rep, "/pipeline");
        var columns = rep.GetByTestId("board-column");
        var card = rep.GetByTestId("board-card").Filter(new() { HasText = title });
        await card.DragToAsync(columns.Nth(1).Locator(".board-zone"));
        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(columns.Nth(1).GetByTestId("board-card").Filter(new() { HasText = title })).ToHaveCountAsync(1);
        await card.DragToAsync(columns.Nth(2).Locator(".board-zone"));
        var answers = rep.GetByTestId("needs-answer");
        for (var i = 0; i < 5; i++)
        {
            await Input(answers.Nth(i)).FillAsync($"答复 Answer {i + 1}");
        }

        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(columns.Nth(2).GetByTestId("board-card").Filter(new() { HasText = title })).ToHaveCountAsync(1);
        await card.DragToAsync(columns.Nth(3).Locator(".board-zone"));
        await Field(rep, "solution-mix").FillAsync("10 台 CPD30");
        await Field(rep, "solution-price").FillAsync("1200000");
        await Field(rep, "solution-commitments").FillAsync("两年保修 Two-year warranty");
        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(columns.Nth(3).GetByTestId("board-card").Filter(new() { HasText = title })).ToHaveCountAsync(1);

        // CON-1/2: the draft, refused at 90 days, saved at 60 with a price below list.
        await GoAsync(rep, opportunityUrl);
        await rep.GetByTestId("opportunity-draft-contract").ClickAsync();
        await Expect(rep).ToHaveURLAsync(new Regex("/contract$"));
        await WaitInteractiveAsync(rep);
        await Field(rep, "line-product").FillAsync("CPD30");
        await rep.GetByRole(AriaRole.Option).Filter(new() { HasText = "CPD30" }).First.ClickAsync();
        await Expect(Field(rep, "line-price")).ToHaveValueAsync("128,000.00");
        await Field(rep, "line-quantity").FillAsync("10");
        await Field(rep, "line-price").FillAsync("118000");
        await Field(rep, "line-price").BlurAsync();
        await Expect(rep.GetByTestId("line-below-list")).ToBeVisibleAsync();
        await Field(rep, "contract-delivery").FillAsync("2027-06-30");
        await rep.GetByTestId("contract-payment-method").ClickAsync();
        await rep.GetByRole(AriaRole.Option).Filter(new() { HasText = "Bank transfer" }).ClickAsync();
        await Field(rep, "contract-terms-days").FillAsync("90");
        await rep.GetByTestId("contract-save").ClickAsync();
        await Expect(rep.Locator(".mud-input-control").Filter(new() { Has = rep.Locator("input[data-testid=contract-terms-days], [data-testid=contract-terms-days] input") }))
            .ToContainTextAsync("may not exceed");
        await Expect(Field(rep, "line-price")).ToHaveValueAsync("118,000.00");

        await Field(rep, "contract-terms-days").FillAsync("60");
        await rep.GetByTestId("contract-save").ClickAsync();
        await Expect(rep).ToHaveURLAsync(new Regex("/contracts/[0-9a-f-]{36}$"));
        var contractUrl = rep.Url;
        await Expect(rep.GetByTestId("contract-status")).ToHaveTextAsync("Draft");
        await Expect(rep.GetByTestId("approval-status")).ToHaveTextAsync("Waiting for the manager");
        await Expect(rep.GetByTestId("contract-total")).ToHaveTextAsync("CNY 1,180,000.00");
        await Expect(rep.GetByTestId("contract-submit")).ToHaveCountAsync(0);
        await Expect(rep.GetByTestId("contract-submit-waits")).ToContainTextAsync("once every approval request below is approved");

        // CON-2: the region's manager approves the price.
        var manager = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, "/contracts?list=AwaitingMyApproval");
        await manager.GetByTestId("contract-customer").Filter(new() { HasText = company }).ClickAsync();
        await manager.GetByTestId("approval-approve").ClickAsync();
        await Field(manager, "text-action-input").FillAsync("Fleet order, approved");
        await manager.GetByTestId("text-action-submit").ClickAsync();
        await Expect(manager.GetByTestId("approval-status")).ToHaveTextAsync("Approved");

        await GoAsync(rep, contractUrl);
        await rep.GetByTestId("contract-submit").ClickAsync();
        await Expect(rep.GetByTestId("contract-status")).ToHaveTextAsync("In legal review");

        // CON-3: legal reviews it from their queue.
        var legal = await SignInAsync("legal@demo.salescrm");
        pages.Add(legal);
        await GoAsync(legal, "/contracts");
        await legal.GetByTestId("contract-customer").Filter(new() { HasText = company }).ClickAsync();
        await legal.GetByTestId("contract-legal-approve").ClickAsync();
        await legal.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Approve (legal)" }).ClickAsync();
        await Expect(legal.GetByTestId("contract-status")).ToHaveTextAsync("Approved for signing");

        // CON-3/4: the rep signs; the PDF downloaded is the one issued, with the hash the page shows.
        await GoAsync(rep, contractUrl);
        await rep.GetByTestId("contract-sign").ClickAsync();
        await rep.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Sign" }).ClickAsync();
        await Expect(rep.GetByTestId("contract-status")).ToHaveTextAsync("Signed");
        var hash = (await rep.GetByTestId("contract-sha256").TextContentAsync())!.Trim();
        var pdfUrl = await rep.GetByTestId("contract-pdf").GetAttributeAsync("href");
        var download = await rep.APIRequest.GetAsync(pdfUrl!);
        Assert.Equal((200, "application/pdf"), (download.Status, download.Headers["content-type"]));
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(await download.BodyAsync())));

        var stranger = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(stranger);
        Assert.Equal(404, (await stranger.APIRequest.GetAsync(pdfUrl!)).Status);
        await GoAsync(stranger, contractUrl);
        await Expect(stranger.GetByTestId("contract-not-found")).ToBeVisibleAsync();

        // AR-1/CON-5: the collector records a partial payment on the contract; the ledger shows what is outstanding.
        var collector = await SignInAsync("collector@demo.salescrm");
        pages.Add(collector);
        await GoAsync(collector, contractUrl);
        await Expect(collector.GetByTestId("receivable-outstanding")).ToHaveTextAsync("CNY 1,180,000.00");
        await collector.GetByTestId("receivable-payment").ClickAsync();
        await Field(collector, "receivable-amount-input").FillAsync("400000");
        await collector.GetByTestId("receivable-dialog-submit").ClickAsync();
        await Expect(collector.GetByTestId("receivable-collected")).ToHaveTextAsync("CNY 400,000.00");
        await Expect(collector.GetByTestId("receivable-outstanding")).ToHaveTextAsync("CNY 780,000.00");

        await GoAsync(collector, "/contracts/ledger");
        await Field(collector, "ledger-customer").FillAsync(company);
        var row = collector.GetByTestId("ledger-table").Locator("tr").Filter(new() { HasText = company });
        await Expect(row.GetByTestId("ledger-outstanding")).ToHaveTextAsync("CNY 780,000.00");
    });
}
