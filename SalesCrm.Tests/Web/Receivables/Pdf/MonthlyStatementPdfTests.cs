using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Pdf;
using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Tests.Web.Receivables.Pdf;

/// <summary>AR-2: the monthly receivables statement for the department head, rendered and read back with PdfPig.</summary>
public sealed class MonthlyStatementPdfTests
{
    private static readonly MonthlyStatementPdfRenderer Renderer = new();

    [Fact]
    public void AR2_MonthTotalsAndCollectionRate_AreOnTheFirstPage()
    {
        var doc = new MonthlyStatementDocumentBuilder().Build();
        var first = PdfText.Pages(Renderer.Render(doc))[0];

        Assert.Contains("2025-03", first, StringComparison.Ordinal);
        Assert.Contains("5,075,000.00", first, StringComparison.Ordinal);
        Assert.Contains("4,258,014.00", first, StringComparison.Ordinal);
        Assert.Contains(PdfFormat.Money(doc.Totals.Collected), first, StringComparison.Ordinal);
        Assert.Contains(PdfFormat.Money(doc.Totals.Closing), first, StringComparison.Ordinal);
        Assert.Contains(PdfFormat.Percent(doc.Totals.CollectionRatePercent), first, StringComparison.Ordinal);
        Assert.Contains("2025-04-01 08:00 UTC+08:00", first, StringComparison.Ordinal);
        Assert.Contains("华东区 East China", first, StringComparison.Ordinal);
        Assert.Contains("张伟", first, StringComparison.Ordinal);
    }

    [Fact]
    public void AR2_OverdueReceivables_AreListedByAgingBucketOldestFirst()
    {
        var text = string.Concat(PdfText.Pages(Renderer.Render(new MonthlyStatementDocumentBuilder().WithOverdue(8).Build())));

        var over90 = text.IndexOf("逾期 90 天以上 Over 90 days（", StringComparison.Ordinal);
        var days61 = text.IndexOf("逾期 61–90 天 61–90 days（", StringComparison.Ordinal);
        var days31 = text.IndexOf("逾期 31–60 天 31–60 days（", StringComparison.Ordinal);
        var days1 = text.IndexOf("逾期 1–30 天 1–30 days（", StringComparison.Ordinal);
        Assert.True(over90 >= 0 && over90 < days61 && days61 < days31 && days31 < days1, $"{over90} {days61} {days31} {days1}");
        Assert.Equal(4, PdfText.Count(text, "小计 Subtotal"));
    }

    [Fact]
    public void AR2_CollectorsProgress_ShowsTargetCollectedAndPercentAchieved()
    {
        var text = string.Concat(PdfText.Pages(Renderer.Render(new MonthlyStatementDocumentBuilder().WithCollector("孙丽 Sun Li", 1_200_000m, 1_146_300m).Build())));

        Assert.Contains("孙丽 Sun Li", text, StringComparison.Ordinal);
        Assert.Contains("1,200,000.00", text, StringComparison.Ordinal);
        Assert.Contains("1,146,300.00", text, StringComparison.Ordinal);
        Assert.Contains("95.5%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AR2_LongOverdueList_BreaksAcrossPagesWithTheHeaderAndPageXOfYOnEachPage()
    {
        var doc = new MonthlyStatementDocumentBuilder().WithOverdue(80).Build();
        var pages = PdfText.Pages(Renderer.Render(doc));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        Assert.All(pages.Skip(1).SkipLast(1), p => Assert.Contains("催收员Collector", p.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        var all = string.Concat(pages);
        Assert.All(doc.Overdue, o => Assert.Equal(1, PdfText.Count(all, o.ContractNumber)));
    }
}
