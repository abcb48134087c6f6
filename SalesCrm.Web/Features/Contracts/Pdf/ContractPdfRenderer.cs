using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>
/// CON-4: turns a <see cref="ContractDocument"/> into PDF bytes (A4, Chinese and English, tables that break across
/// pages with their header repeated, "Page x of y" footers, an optional watermark). A thread-safe singleton.
/// </summary>
public sealed class ContractPdfRenderer : PdfRenderer<ContractDocument>
{
    // The model's date, not the clock: the same contract yields the same document information.
    private protected override DocumentInfo Info(ContractDocument doc) => new(
        $"{doc.Title} {doc.ContractNumber}",
        doc.ContractNumber,
        doc.IssueDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        $"{ContractPdfLabels.ContractNumber} {doc.ContractNumber} · {ContractPdfLabels.VersionText(doc.Version)}");

    private protected override void Compose(PdfPageCursor cursor, ContractDocument doc) => new ContractPdfComposer(cursor, doc).Compose();

    /// <summary>The translucent watermark goes over everything, so table shading cannot hide it.</summary>
    private protected override Action<XGraphics, PdfPage, PdfFonts>? Overlay(ContractDocument doc) =>
        string.IsNullOrWhiteSpace(doc.Watermark) ? null : (gfx, page, fonts) => Watermark(gfx, page, doc.Watermark, fonts);

    private static void Watermark(XGraphics gfx, PdfPage page, string text, PdfFonts fonts)
    {
        var width = page.Width.Point;
        var height = page.Height.Point;
        gfx.TranslateTransform(width / 2, height / 2);
        gfx.RotateTransform(-Math.Atan(height / width) * 180 / Math.PI);
        var brush = new XSolidBrush(XColor.FromArgb(40, 0xC0, 0x30, 0x30));
        gfx.DrawString(text, fonts.Watermark, brush, new XRect(-width, -fonts.Watermark.Size / 2, 2 * width, fonts.Watermark.Size), XStringFormats.Center);
    }
}
