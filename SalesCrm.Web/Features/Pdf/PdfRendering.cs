using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// The frame every document of ours is rendered in: A4 pages laid out by a <see cref="PdfPageCursor"/>, then, once the
/// page count is known, a footer with "Page x of y" on every page and whatever a document draws over its pages.
/// </summary>
internal static class PdfRendering
{
    /// <param name="overlay">Drawn on every page after its footer, over all content (the contract's watermark).</param>
    public static byte[] Render(DocumentInfo info, Action<PdfPageCursor> compose, Action<XGraphics, PdfPage, PdfFonts>? overlay = null)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = info.Title;
        pdf.Info.Subject = info.Subject;
        pdf.Info.CreationDate = info.Created;
        pdf.Info.ModificationDate = info.Created;

        var fonts = new PdfFonts();
        using (var cursor = new PdfPageCursor(pdf, fonts))
        {
            compose(cursor);
        }

        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            Footer(gfx, page, info.FooterText, fonts, i + 1, pdf.PageCount);
            overlay?.Invoke(gfx, page, fonts);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Footer(XGraphics gfx, PdfPage page, string text, PdfFonts fonts, int number, int count)
    {
        var left = PdfPageCursor.Margin;
        var right = page.Width.Point - PdfPageCursor.Margin;
        var y = page.Height.Point - PdfPageCursor.Margin - PdfPageCursor.FooterHeight / 2;
        gfx.DrawLine(new XPen(PdfPageCursor.Rule, 0.5), left, y, right, y);
        var box = new XRect(left, y + 6, right - left, fonts.Footer.Size * 1.4);
        gfx.DrawString(text, fonts.Footer, fonts.MutedBrush, box, XStringFormats.TopLeft);
        gfx.DrawString(PdfLabels.PageOf(number, count), fonts.Footer, fonts.MutedBrush, box, XStringFormats.TopRight);
    }
}
