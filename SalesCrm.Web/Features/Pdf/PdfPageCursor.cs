using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// Flowing layout on A4 pages for one rendering: a cursor moving down the page, a new page when the next block does
/// not fit, text that wraps, and tables whose header repeats on every page they reach. Not thread-safe; one per render.
/// </summary>
internal sealed class PdfPageCursor : IDisposable
{
    public const double Margin = 50;
    public const double FooterHeight = 42;
    private const double CellPadding = 3.5;
    private const double LineSpacing = 1.25;

    public static readonly XColor Rule = XColor.FromArgb(0xB8, 0xBE, 0xC8);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xE8, 0xEC, 0xF2);
    private static readonly XColor Ink = XColor.FromArgb(0x22, 0x22, 0x22);
    private static readonly XColor StripeFill = XColor.FromArgb(0xF7, 0xF8, 0xFA);

    private readonly PdfDocument _pdf;
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private XGraphics? _gfx;
    private PdfPage? _page;

    public PdfPageCursor(PdfDocument pdf, PdfFonts fonts)
    {
        _pdf = pdf;
        Fonts = fonts;
        Pen = new XPen(Rule, 0.5);
        TextBrush = new XSolidBrush(Ink);
    }

    public PdfFonts Fonts { get; }

    public XPen Pen { get; }

    public XBrush TextBrush { get; }

    public double Y { get; set; }

    public static double Left => Margin;

    public double Right => Page.Width.Point - Margin;

    public double ContentWidth => Right - Left;

    public double Bottom => Page.Height.Point - Margin - FooterHeight;

    public XGraphics Graphics => _gfx ?? throw new InvalidOperationException("No page started.");

    private PdfPage Page => _page ?? throw new InvalidOperationException("No page started.");

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _pdf.AddPage();
        _page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public static double LineHeight(XFont font) => font.Size * LineSpacing;

    public IReadOnlyList<string> Wrap(string text, XFont font, double width) => TextWrapper.Wrap(text, width, s => Measure(s, font));

    /// <summary>A text's width, remembered for this rendering: the wrapper asks for the same words and characters often.</summary>
    public double Measure(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = Graphics.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    /// <summary>Draws lines from the top of <paramref name="y"/>, aligned within [x, x + width].</summary>
    public void DrawLines(IReadOnlyList<string> lines, XFont font, double x, double y, double width, XStringAlignment alignment = XStringAlignment.Near, XBrush? brush = null)
    {
        var format = new XStringFormat { Alignment = alignment, LineAlignment = XLineAlignment.Near };
        var height = LineHeight(font);
        for (var i = 0; i < lines.Count; i++)
        {
            Graphics.DrawString(lines[i], font, brush ?? TextBrush, new XRect(x, y + i * height + (height - font.Size) / 2, width, font.Size), format);
        }
    }

    /// <summary>Wrapped text across the content width, starting new pages line by line as needed.</summary>
    public void Paragraph(string text, XFont font, double indent = 0, double spaceAfter = 4)
    {
        var lineHeight = LineHeight(font);
        foreach (var line in Wrap(text, font, ContentWidth - indent))
        {
            KeepTogether(lineHeight);
            DrawLines([line], font, Left + indent, Y, ContentWidth - indent);
            Y += lineHeight;
        }

        Y += spaceAfter;
    }

    public double ParagraphHeight(string text, XFont font, double spaceAfter = 4) =>
        Wrap(text, font, ContentWidth).Count * LineHeight(font) + spaceAfter;

    public double FieldHeight(string value, double labelWidth) =>
        Wrap(value, Fonts.Body, ContentWidth - labelWidth).Count * LineHeight(Fonts.Body) + 2;

    /// <summary>A label and its value side by side, the value wrapping in its own column.</summary>
    public void Field(string label, string value, double labelWidth)
    {
        var font = Fonts.Body;
        var lines = Wrap(value, font, ContentWidth - labelWidth);
        var height = lines.Count * LineHeight(font);
        KeepTogether(height);
        DrawLines([label], Fonts.BodyBold, Left, Y, labelWidth);
        DrawLines(lines, font, Left + labelWidth, Y, ContentWidth - labelWidth);
        Y += height + 2;
    }

    /// <summary>An article heading, kept on the page with at least <paramref name="keepWithNext"/> points of what follows.</summary>
    public void Heading(string text, double keepWithNext)
    {
        var height = LineHeight(Fonts.Heading);
        Y += 8;
        KeepTogether(height + 6 + keepWithNext);

        DrawLines([text], Fonts.Heading, Left, Y, ContentWidth);
        Y += height + 2;
        Graphics.DrawLine(Pen, Left, Y, Right, Y);
        Y += 6;
    }

    /// <summary>
    /// A table that breaks across pages, repeating its header (with a "continued" mark) at the top of every page it
    /// reaches; a row never splits. The optional total row spans all but the last column.
    /// </summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<string[]> rows, (string Label, string Value)? total = null) =>
        Table(columns, rows, total is { } sum ? [new PdfTotalRow(sum.Label, [sum.Value])] : []);

    /// <summary>As above, closed by bold total rows that carry the header onto a new page with them when they must.</summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<string[]> rows, IReadOnlyList<PdfTotalRow> totals)
    {
        var headerHeight = HeaderHeight();
        var stripe = false;
        KeepTogether(headerHeight + RowHeight(columns, [.. columns.Select(_ => "")]));
        DrawHeader(columns, continued: false);
        foreach (var row in rows)
        {
            var height = RowHeight(columns, row);
            if (Y + height > Bottom)
            {
                NewPage();
                DrawHeader(columns, continued: true);
                stripe = false;
            }

            DrawRow(columns, row, height, stripe ? StripeFill : (XColor?)null, Fonts.Small);
            stripe = !stripe;
        }

        foreach (var total in totals)
        {
            var valueColumns = columns.Skip(columns.Count - total.Values.Count).ToList();
            var labelWidth = columns.Take(columns.Count - total.Values.Count).Sum(c => c.Width);
            PdfColumn[] totalColumns = [new("", "", labelWidth, XStringAlignment.Far), .. valueColumns];
            string[] cells = [total.Label, .. total.Values];
            var height = RowHeight(totalColumns, cells);
            if (Y + height > Bottom)
            {
                NewPage();
                DrawHeader(columns, continued: true);
            }

            DrawRow(totalColumns, cells, height, HeaderFill, Fonts.SmallBold);
        }
    }

    public void Dispose() => _gfx?.Dispose();

    private double HeaderHeight() => 2 * LineHeight(Fonts.SmallBold) + 2 * CellPadding;

    private double RowHeight(IReadOnlyList<PdfColumn> columns, string[] cells)
    {
        var lines = 1;
        for (var i = 0; i < columns.Count; i++)
        {
            lines = Math.Max(lines, Wrap(cells[i], Fonts.Small, columns[i].Width - 2 * CellPadding).Count);
        }

        return lines * LineHeight(Fonts.Small) + 2 * CellPadding;
    }

    private void DrawHeader(IReadOnlyList<PdfColumn> columns, bool continued)
    {
        if (continued)
        {
            DrawLines([PdfLabels.Continued], Fonts.Small, Left, Y, ContentWidth, XStringAlignment.Far, Fonts.MutedBrush);
            Y += LineHeight(Fonts.Small);
        }

        var height = HeaderHeight();
        var x = Left;
        foreach (var column in columns)
        {
            var cell = new XRect(x, Y, column.Width, height);
            Graphics.DrawRectangle(Pen, new XSolidBrush(HeaderFill), cell);
            DrawLines([column.HeaderZh, column.HeaderEn], Fonts.SmallBold, x + CellPadding, Y + CellPadding, column.Width - 2 * CellPadding, column.Alignment);
            x += column.Width;
        }

        Y += height;
    }

    private void DrawRow(IReadOnlyList<PdfColumn> columns, string[] cells, double height, XColor? fill, XFont font)
    {
        var x = Left;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var cell = new XRect(x, Y, column.Width, height);
            if (fill is { } color)
            {
                Graphics.DrawRectangle(new XSolidBrush(color), cell);
            }

            Graphics.DrawRectangle(Pen, cell);
            var lines = Wrap(cells[i], font, column.Width - 2 * CellPadding);
            DrawLines(lines, font, x + CellPadding, Y + CellPadding, column.Width - 2 * CellPadding, column.Alignment);
            x += column.Width;
        }

        Y += height;
    }
}
