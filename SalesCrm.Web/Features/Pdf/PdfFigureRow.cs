using PdfSharp.Drawing;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>Key figures side by side: a one-row table of equal columns, each amount right-aligned under its label.</summary>
internal static class PdfFigureRow
{
    public static void Draw(PdfPageCursor cursor, IReadOnlyList<(string Zh, string En, string Value)> figures)
    {
        var width = cursor.ContentWidth / figures.Count;
        cursor.Table([.. figures.Select(f => new PdfColumn(f.Zh, f.En, width, XStringAlignment.Far))], [[.. figures.Select(f => f.Value)]]);
    }
}
