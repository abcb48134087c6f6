using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>Our documents' type scale, all in the bundled CJK + Latin font, embedded as a Unicode subset.</summary>
internal sealed class PdfFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = Font(17, bold: true);

    public XFont Letterhead { get; } = Font(14, bold: true);

    public XFont Heading { get; } = Font(10.5, bold: true);

    public XFont Body { get; } = Font(9);

    public XFont BodyBold { get; } = Font(9, bold: true);

    public XFont Small { get; } = Font(8);

    public XFont SmallBold { get; } = Font(8, bold: true);

    public XFont Footer { get; } = Font(7.5);

    public XFont Watermark { get; } = Font(64, bold: true);

    public XBrush MutedBrush { get; } = new XSolidBrush(XColor.FromArgb(0x70, 0x76, 0x80));

    private static XFont Font(double size, bool bold = false) =>
        new(PdfFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
