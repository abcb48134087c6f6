using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Pdf;
using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Tests.Web.Receivables.Pdf;

/// <summary>AR-3: the customer's periodic statement, rendered and read back with PdfPig.</summary>
public sealed class CustomerStatementPdfTests
{
    private static readonly CustomerStatementPdfRenderer Renderer = new();

    [Fact]
    public void AR3_ChineseCustomerNameAndThePeriod_ExtractFromThePdf()
    {
        var text = string.Concat(PdfText.Pages(Renderer.Render(new CustomerStatementDocumentBuilder().ForCustomer("比亚迪股份有限公司").Build())));

        Assert.Contains("比亚迪股份有限公司", text, StringComparison.Ordinal);
        Assert.Contains("客户对账单 Customer Statement", text, StringComparison.Ordinal);
        Assert.Contains("2025-03-01 至 to 2025-03-31", text, StringComparison.Ordinal);
        Assert.Contains("杭州东方叉车制造有限公司", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AR3_ClosingBalance_IsTheOpeningBalancePlusChargesLessCreditsAndEndsTheRunningBalance()
    {
        var doc = new CustomerStatementDocumentBuilder().WithOpeningBalance(100_000m).WithLines(4).Build();
        // 4 lines: invoice 128,100.00, payment 96,000.00, credit note 2,350.50, deduction 6,400.00.
        var text = string.Concat(PdfText.Pages(Renderer.Render(doc)));

        Assert.Equal(123_349.50m, doc.ClosingBalance);
        Assert.Contains("228,100.00", text, StringComparison.Ordinal);
        Assert.Contains("132,100.00", text, StringComparison.Ordinal);
        Assert.Contains("129,749.50", text, StringComparison.Ordinal);
        // The summary, the last running balance and the period-total row all show it.
        Assert.Equal(3, PdfText.Count(text, "123,349.50"));
    }

    [Fact]
    public void AR3_LongStatement_ShowsPage2Of2AndRepeatsTheTableHeaderOnPage2()
    {
        var doc = new CustomerStatementDocumentBuilder().WithLines(24).Build();
        var pages = PdfText.Pages(Renderer.Render(doc));

        Assert.Equal(2, pages.Count);
        Assert.Contains("Page 1 of 2", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", pages[1], StringComparison.Ordinal);
        Assert.Contains("第 2 页 / 共 2 页", pages[1], StringComparison.Ordinal);
        Assert.Contains("（续）continued", pages[1], StringComparison.Ordinal);
        Assert.Contains("单据号Reference", pages[1].Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("余额Balance", pages[1].Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(doc.Lines[^1].Reference.Split(' ')[0], pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Lines[0].Reference.Split(' ')[0], pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AR3_ConfirmationNoteAndBothSignatureBlocks_AreTogetherOnTheLastPage()
    {
        var pages = PdfText.Pages(Renderer.Render(new CustomerStatementDocumentBuilder().WithLines(40).ConfirmWithin(10).Build()));

        Assert.True(pages.Count > 1);
        Assert.Contains("收到本对账单后 10 日内签字盖章确认", pages[^1], StringComparison.Ordinal);
        Assert.Contains("within 10 days of receipt", pages[^1], StringComparison.Ordinal);
        Assert.Equal(2, PdfText.Count(pages[^1], "Authorised signature"));
        Assert.Equal(2, PdfText.Count(pages[^1], "盖章 Seal"));
    }

    [Fact]
    public void AR3_AgingOfOpenItems_ShowsEveryBucketAndTheirTotal()
    {
        var text = string.Concat(PdfText.Pages(Renderer.Render(new CustomerStatementDocumentBuilder().Build())));

        Assert.Contains("Over 90 days", text, StringComparison.Ordinal);
        Assert.Contains("12,841.60", text, StringComparison.Ordinal);
        Assert.Contains("379,241.60", text, StringComparison.Ordinal);
    }
}
