using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>
/// CON-4: turns a <see cref="ContractDocument"/> into PDF bytes (A4, Chinese and English, tables that break across
/// pages with their header repeated, "Page x of y" footers, an optional watermark). Stateless and thread-safe: every
/// call lays out its own document; a singleton.
/// </summary>
public sealed class ContractPdfRenderer
{
    public ContractPdfRenderer(IOptions<PdfOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PdfSharpRuntime.EnsureConfigured(options.Value.LicenseKey);
    }

    public byte[] Render(ContractDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        // The model's date, not the clock: the same contract yields the same document information.
        var info = new DocumentInfo(
            $"{doc.Title} {doc.ContractNumber}",
            doc.ContractNumber,
            doc.IssueDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            $"{ContractPdfLabels.ContractNumber} {doc.ContractNumber} · {ContractPdfLabels.VersionText(doc.Version)}");

        // The translucent watermark goes over everything, so table shading cannot hide it.
        return PdfRendering.Render(
            info,
            cursor => new ContractPdfComposer(cursor, doc).Compose(),
            string.IsNullOrWhiteSpace(doc.Watermark) ? null : (gfx, page, fonts) => Watermark(gfx, page, doc.Watermark, fonts));
    }

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
