using PdfSharp.Drawing;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>The tops of our documents: the issuing company's letterhead and a centred title over its reference data.</summary>
internal static class PdfHeaderBlocks
{
    private static readonly XColor Accent = XColor.FromArgb(0x0B, 0x5C, 0xAD);

    /// <summary>
    /// The company's name with its address and registration lines under it, closed by a rule in the brand colour. A
    /// name written in Chinese then English ("杭州…有限公司 Hangzhou … Co., Ltd.") puts the English under the Chinese,
    /// smaller, as Chinese letterheads do, instead of wrapping a word or two onto a line of their own.
    /// </summary>
    public static void Letterhead(PdfPageCursor cursor, string name, IReadOnlyList<string> details)
    {
        var fonts = cursor.Fonts;
        var (chinese, english) = SplitName(name);
        Lines(cursor, chinese, fonts.Letterhead, brush: null);
        if (english is not null)
        {
            Lines(cursor, english, fonts.Heading, brush: null);
        }

        cursor.Y += 2;
        foreach (var detail in details.Where(d => !string.IsNullOrWhiteSpace(d)))
        {
            Lines(cursor, detail, fonts.Small, fonts.MutedBrush);
        }

        cursor.Y += 5;
        cursor.Graphics.DrawLine(new XPen(Accent, 2), PdfPageCursor.Left, cursor.Y, cursor.Right, cursor.Y);
        cursor.Y += 14;
    }

    /// <summary>The title centred, its reference data in two columns under it (the right one right-aligned), then a rule.</summary>
    public static void Title(PdfPageCursor cursor, string title, IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var fonts = cursor.Fonts;
        var titleLines = cursor.Wrap(title, fonts.Title, cursor.ContentWidth);
        cursor.DrawLines(titleLines, fonts.Title, PdfPageCursor.Left, cursor.Y, cursor.ContentWidth, XStringAlignment.Center);
        cursor.Y += titleLines.Count * PdfPageCursor.LineHeight(fonts.Title) + 8;

        var half = cursor.ContentWidth / 2;
        cursor.DrawLines(left, fonts.Body, PdfPageCursor.Left, cursor.Y, half);
        cursor.DrawLines(right, fonts.Body, PdfPageCursor.Left + half, cursor.Y, half, XStringAlignment.Far);
        cursor.Y += Math.Max(left.Count, right.Count) * PdfPageCursor.LineHeight(fonts.Body) + 4;
        cursor.Graphics.DrawLine(new XPen(XColors.Black, 1.2), PdfPageCursor.Left, cursor.Y, cursor.Right, cursor.Y);
        cursor.Y += 10;
    }

    private static void Lines(PdfPageCursor cursor, string text, XFont font, XBrush? brush)
    {
        var lines = cursor.Wrap(text, font, cursor.ContentWidth);
        cursor.DrawLines(lines, font, PdfPageCursor.Left, cursor.Y, cursor.ContentWidth, brush: brush);
        cursor.Y += lines.Count * PdfPageCursor.LineHeight(font);
    }

    private static (string Chinese, string? English) SplitName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !name[..space].All(TextWrapper.IsCjk) || name[(space + 1)..].Any(TextWrapper.IsCjk))
        {
            return (name, null);
        }

        return (name[..space], name[(space + 1)..].Trim());
    }
}
