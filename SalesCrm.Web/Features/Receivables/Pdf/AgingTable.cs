using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-1: the open amounts by age as one row under the bucket headers, as both statements show them.</summary>
internal static class AgingTable
{
    public static void Draw(PdfPageCursor cursor, AgingBuckets aging) =>
        PdfFigureRow.Draw(cursor,
        [
            (StatementPdfLabels.CurrentZh, StatementPdfLabels.CurrentEn, PdfFormat.Money(aging.Current)),
            (StatementPdfLabels.Days1To30Zh, StatementPdfLabels.Days1To30En, PdfFormat.Money(aging.Days1To30)),
            (StatementPdfLabels.Days31To60Zh, StatementPdfLabels.Days31To60En, PdfFormat.Money(aging.Days31To60)),
            (StatementPdfLabels.Days61To90Zh, StatementPdfLabels.Days61To90En, PdfFormat.Money(aging.Days61To90)),
            (StatementPdfLabels.Over90Zh, StatementPdfLabels.Over90En, PdfFormat.Money(aging.Over90Days)),
            (StatementPdfLabels.TotalZh, StatementPdfLabels.TotalEn, PdfFormat.Money(aging.Total)),
        ]);
}
