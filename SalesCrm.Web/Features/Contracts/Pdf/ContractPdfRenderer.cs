using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>
/// CON-4: turns a <see cref="ContractDocument"/> into PDF bytes (A4, Chinese and English, tables that break across
/// pages with their header repeated, "Page x of y" footers, an optional watermark). Stateless and thread-safe: every
/// call lays out its own document; a singleton.
/// </summary>
public sealed class ContractPdfRenderer
{
    public ContractPdfRenderer(IOptions<ContractPdfOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PdfSharpRuntime.EnsureConfigured(options.Value.LicenseKey);
    }

    public byte[] Render(ContractDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{doc.Title} {doc.ContractNumber}";
        pdf.Info.Subject = doc.ContractNumber;
        // The model's date, not the clock: the same contract yields the same document information.
        var issued = doc.IssueDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.CreationDate = issued;
        pdf.Info.ModificationDate = issued;

        var fonts = new ContractFonts();
        using (var cursor = new PdfPageCursor(pdf, fonts))
        {
            new ContractPdfComposer(cursor, doc).Compose();
        }

        // The page count is known only now: footers go on afterwards, and the translucent watermark over everything, so table shading cannot hide it.
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            Footer(gfx, page, doc, fonts, i + 1, pdf.PageCount);
            if (!string.IsNullOrWhiteSpace(doc.Watermark))
            {
                Watermark(gfx, page, doc.Watermark, fonts);
            }
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Footer(XGraphics gfx, PdfPage page, ContractDocument doc, ContractFonts fonts, int number, int count)
    {
        var left = PdfPageCursor.Margin;
        var right = page.Width.Point - PdfPageCursor.Margin;
        var y = page.Height.Point - PdfPageCursor.Margin - PdfPageCursor.FooterHeight / 2;
        gfx.DrawLine(new XPen(PdfPageCursor.Rule, 0.5), left, y, right, y);
        var box = new XRect(left, y + 6, right - left, fonts.Footer.Size * 1.4);
        gfx.DrawString($"{ContractPdfLabels.ContractNumber} {doc.ContractNumber} · {ContractPdfLabels.VersionText(doc.Version)}", fonts.Footer, fonts.MutedBrush, box, XStringFormats.TopLeft);
        gfx.DrawString(ContractPdfLabels.PageOf(number, count), fonts.Footer, fonts.MutedBrush, box, XStringFormats.TopRight);
    }

    private static void Watermark(XGraphics gfx, PdfPage page, string text, ContractFonts fonts)
    {
        var width = page.Width.Point;
        var height = page.Height.Point;
        gfx.TranslateTransform(width / 2, height / 2);
        gfx.RotateTransform(-Math.Atan(height / width) * 180 / Math.PI);
        var brush = new XSolidBrush(XColor.FromArgb(40, 0xC0, 0x30, 0x30));
        gfx.DrawString(text, fonts.Watermark, brush, new XRect(-width, -fonts.Watermark.Size / 2, 2 * width, fonts.Watermark.Size), XStringFormats.Center);
    }
}
