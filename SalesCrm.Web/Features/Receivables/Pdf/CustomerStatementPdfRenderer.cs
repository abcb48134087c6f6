using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>
/// AR-3: turns a <see cref="CustomerStatementDocument"/> into PDF bytes (A4, Chinese and English, the transactions
/// table breaking across pages with its header repeated, "Page x of y" footers). A thread-safe singleton.
/// </summary>
public sealed class CustomerStatementPdfRenderer : PdfRenderer<CustomerStatementDocument>
{
    private protected override DocumentInfo Info(CustomerStatementDocument doc) => new(
        $"{StatementPdfLabels.CustomerTitle} {doc.StatementNumber}",
        doc.Customer.Name,
        doc.IssueDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        StatementPdfLabels.CustomerFooter(doc.StatementNumber, doc.Customer.Name));

    private protected override void Compose(PdfPageCursor cursor, CustomerStatementDocument doc) => new CustomerStatementComposer(cursor, doc).Compose();
}
