using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>
/// AR-2: turns a <see cref="MonthlyReceivablesStatementDocument"/> into PDF bytes (A4, Chinese and English, long tables
/// breaking across pages with their header repeated, "Page x of y" footers). A thread-safe singleton.
/// </summary>
public sealed class MonthlyStatementPdfRenderer : PdfRenderer<MonthlyReceivablesStatementDocument>
{
    private protected override DocumentInfo Info(MonthlyReceivablesStatementDocument doc)
    {
        var month = MonthlyStatementComposer.MonthText(doc.Month);
        return new DocumentInfo(
            $"{StatementPdfLabels.MonthlyTitle} {month}",
            doc.Department,
            doc.GeneratedAt.UtcDateTime,
            StatementPdfLabels.MonthlyFooter(month));
    }

    private protected override void Compose(PdfPageCursor cursor, MonthlyReceivablesStatementDocument doc) => new MonthlyStatementComposer(cursor, doc).Compose();
}
