using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Contracts.Pdf;
using SalesCrm.Web.Features.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SalesCrm.Tests.Web.Contracts;

/// <summary>CON-4: real PDFs from the renderer, read back with PdfPig the way a reader's viewer would see them.</summary>
public sealed class ContractPdfTests
{
    private static readonly ContractPdfRenderer Renderer = new();

    [Fact]
    public void CON4_ChineseAndEnglishText_BothExtractFromThePdf()
    {
        var text = string.Concat(PageTexts(Renderer.Render(new ContractDocumentBuilder().WithBuyer("华为技术有限公司").Build())));

        Assert.Contains("华为技术有限公司", text, StringComparison.Ordinal);
        Assert.Contains("合同编号 Contract No.", text, StringComparison.Ordinal);
        Assert.Contains("HT-2025-0042", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CON4_A120LineTable_SpansSeveralPagesWithTheHeaderAndPageXOfYOnEveryPage()
    {
        var doc = new ContractDocumentBuilder().WithLines(120).Build();
        var codes = doc.Lines.Select(l => l.ProductCode).ToList();
        var pages = PageTexts(Renderer.Render(doc));

        Assert.True(pages.Count >= 4, $"120 lines on {pages.Count} pages");
        var pagesWithRows = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains($"第 {i + 1} 页 / 共 {pages.Count} 页", pages[i], StringComparison.Ordinal);
            if (codes.Any(c => pages[i].Contains(c, StringComparison.Ordinal)))
            {
                pagesWithRows++;
                Assert.Contains("单价", pages[i], StringComparison.Ordinal);
                Assert.Contains("Unit price", pages[i], StringComparison.Ordinal);
            }
        }

        Assert.True(pagesWithRows >= 3, $"the table reaches {pagesWithRows} pages");
        var all = string.Concat(pages);
        Assert.All(codes, c => Assert.Single(Occurrences(all, c)));
    }

    [Fact]
    public void CON4_Amounts_HaveThousandsSeparatorsAndLineUpOnTheRightUnderTheirHeader()
    {
        using var pdf = PdfDocument.Open(Renderer.Render(new ContractDocumentBuilder().WithFirstUnitPrice(1_234_567.80m).Build()));
        var words = pdf.GetPage(1).GetWords().ToList();

        var price = Assert.Single(words, w => w.Text == "1,234,567.80");
        var header = Assert.Single(words, w => w.Text == "price");
        var otherPrice = Assert.Single(words, w => w.Text == "2,350.50");
        Assert.Equal(header.BoundingBox.Right, price.BoundingBox.Right, 1.0);
        Assert.Equal(price.BoundingBox.Right, otherPrice.BoundingBox.Right, 1.0);
        Assert.Contains(words, w => w.Text == "2,469,135.60");
    }

    [Fact]
    public void CON4_BreachClause_StatesTheContractsCompensationPercent()
    {
        var text = string.Concat(PageTexts(Renderer.Render(new ContractDocumentBuilder().WithBreachPercent(7.5m).Build())));

        Assert.Contains("应按合同总额的 7.5% 向守约方支付违约金", text, StringComparison.Ordinal);
        Assert.Contains("pays the other party 7.5% of the contract total", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CON4_SignatureBlocksOfBothParties_AreTogetherOnTheLastPage()
    {
        var pages = PageTexts(Renderer.Render(new ContractDocumentBuilder().WithLines(120).Build()));

        Assert.Equal(2, Occurrences(pages[^1], "Authorised signature").Count);
        Assert.Equal(2, Occurrences(pages[^1], "盖章 Seal").Count);
        Assert.All(pages.SkipLast(1), p => Assert.DoesNotContain("Authorised signature", p, StringComparison.Ordinal));
    }

    [Fact]
    public void CON4_Watermark_IsOnEveryPageWhenSetAndNowhereOtherwise()
    {
        var marked = PageTexts(Renderer.Render(new ContractDocumentBuilder().WithLines(60).WithWatermark("草稿 DRAFT").Build()));
        var plain = PageTexts(Renderer.Render(new ContractDocumentBuilder().WithLines(60).Build()));

        Assert.True(marked.Count > 1);
        Assert.All(marked, p => Assert.Contains("草稿 DRAFT", p, StringComparison.Ordinal));
        Assert.All(plain, p => Assert.DoesNotContain("DRAFT", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CON4_TwoDifferentContracts_RenderInParallelEachWithItsOwnContent()
    {
        var first = new ContractDocumentBuilder().Numbered("HT-P-0001").WithBuyer("华为技术有限公司").WithLines(50).Build();
        var second = new ContractDocumentBuilder().Numbered("HT-P-0002").WithBuyer("Siemens Ltd., China 西门子（中国）有限公司").WithLines(30).Build();
        using var start = new Barrier(2);

        var results = await Task.WhenAll(
            Task.Run(() => RenderAfter(start, first)),
            Task.Run(() => RenderAfter(start, second)));

        Assert.All(results[0], pdf => Assert.Contains("华为技术有限公司", string.Concat(PageTexts(pdf)), StringComparison.Ordinal));
        Assert.All(results[1], pdf =>
        {
            var text = string.Concat(PageTexts(pdf));
            Assert.Contains("西门子（中国）有限公司", text, StringComparison.Ordinal);
            Assert.DoesNotContain("华为技术有限公司", text, StringComparison.Ordinal);
        });
    }

    private static List<byte[]> RenderAfter(Barrier start, ContractDocument doc)
    {
        start.SignalAndWait();
        return [.. Enumerable.Range(0, 5).Select(_ => Renderer.Render(doc))];
    }

    private static List<string> PageTexts(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return [.. pdf.GetPages().Select(PageText)];
    }

    private static string PageText(Page page) => page.Text;

    private static List<int> Occurrences(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
