using PdfSharp.Drawing;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>The tops of our documents: the issuing company's letterhead and a centred title over its reference data.</summary>
internal static class PdfHeaderBlocks
{
    private static readonly XColor Accent = XColor.FromArgb(0x0B, 0x5C, 0xAD);

    /// <summary>The company's name with its address and registration lines under it, closed by a rule in the brand colour.</summary>
    public static void Letterhead(PdfPageCursor cursor, string name, IReadOnlyList<string> details)
    {
        var fonts = cursor.Fonts;
        var nameLines = cursor.Wrap(name, fonts.Letterhead, cursor.ContentWidth);
        cursor.DrawLines(nameLines, fonts.Letterhead, PdfPageCursor.Left, cursor.Y, cursor.ContentWidth);
        cursor.Y += nameLines.Count * PdfPageCursor.LineHeight(fonts.Letterhead) + 2;
        foreach (var detail in details.Where(d => !string.IsNullOrWhiteSpace(d)))
        {
            var lines = cursor.Wrap(detail, fonts.Small, cursor.ContentWidth);
            cursor.DrawLines(lines, fonts.Small, PdfPageCursor.Left, cursor.Y, cursor.ContentWidth, brush: fonts.MutedBrush);
            cursor.Y += lines.Count * PdfPageCursor.LineHeight(fonts.Small);
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
}
