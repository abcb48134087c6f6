using PdfSharp.Drawing;
using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-3: lays out one customer statement in reading order on a <see cref="PdfPageCursor"/>.</summary>
internal sealed class CustomerStatementComposer(PdfPageCursor cursor, CustomerStatementDocument doc)
{
    private const double FieldLabelWidth = 150;

    public void Compose()
    {
        cursor.NewPage();
        StatementLetterhead.Draw(cursor, doc.Company);
        PdfHeaderBlocks.Title(
            cursor,
            StatementPdfLabels.CustomerTitle,
            [$"{StatementPdfLabels.StatementNumber}: {doc.StatementNumber}", StatementPdfLabels.Period(doc.PeriodFrom, doc.PeriodTo)],
            [$"{StatementPdfLabels.IssueDate}: {PdfFormat.Date(doc.IssueDate)}", $"{StatementPdfLabels.Currency}: {doc.Currency}"]);
        Customer();
        Summary();
        Lines();
        cursor.Heading(StatementPdfLabels.AgingHeading, keepWithNext: 40);
        AgingTable.Draw(cursor, doc.Aging);
        Confirmation();
    }

    private void Customer()
    {
        var customer = doc.Customer;
        cursor.Field(StatementPdfLabels.Customer, customer.Name, FieldLabelWidth);
        cursor.Field(PdfLabels.Address, customer.Address, FieldLabelWidth);
        if (!string.IsNullOrWhiteSpace(customer.Uscc))
        {
            cursor.Field(PdfLabels.Uscc, customer.Uscc, FieldLabelWidth);
        }

        if (!string.IsNullOrWhiteSpace(customer.Contact))
        {
            cursor.Field(PdfLabels.Contact, customer.Contact, FieldLabelWidth);
        }
    }

    private void Summary()
    {
        cursor.Heading(StatementPdfLabels.SummaryHeading, keepWithNext: 40);
        PdfFigureRow.Draw(cursor,
        [
            (StatementPdfLabels.OpeningZh, StatementPdfLabels.OpeningEn, PdfFormat.Money(doc.OpeningBalance)),
            (StatementPdfLabels.DebitsZh, StatementPdfLabels.DebitsEn, PdfFormat.Money(doc.PeriodDebit)),
            (StatementPdfLabels.CreditsZh, StatementPdfLabels.CreditsEn, PdfFormat.Money(doc.PeriodCredit)),
            (StatementPdfLabels.ClosingZh, StatementPdfLabels.ClosingEn, PdfFormat.Money(doc.ClosingBalance)),
        ]);
    }

    private void Lines()
    {
        cursor.Heading(StatementPdfLabels.LinesHeading, keepWithNext: 60);
        PdfColumn[] columns =
        [
            new(StatementPdfLabels.DateZh, StatementPdfLabels.DateEn, 52, XStringAlignment.Center),
            new(StatementPdfLabels.ContractZh, StatementPdfLabels.ContractEn, 64),
            new(StatementPdfLabels.KindZh, StatementPdfLabels.KindEn, 82),
            new(StatementPdfLabels.ReferenceZh, StatementPdfLabels.ReferenceEn, 0),
            new(StatementPdfLabels.DebitZh, StatementPdfLabels.DebitEn, 62, XStringAlignment.Far),
            new(StatementPdfLabels.CreditZh, StatementPdfLabels.CreditEn, 62, XStringAlignment.Far),
            new(StatementPdfLabels.BalanceZh, StatementPdfLabels.BalanceEn, 68, XStringAlignment.Far),
        ];
        columns[3] = columns[3] with { Width = cursor.ContentWidth - columns.Sum(c => c.Width) };
        cursor.Table(
            columns,
            Rows(),
            [new PdfTotalRow(StatementPdfLabels.PeriodTotal, [PdfFormat.Money(doc.PeriodDebit), PdfFormat.Money(doc.PeriodCredit), PdfFormat.Money(doc.ClosingBalance)])]);
    }

    private IEnumerable<string[]> Rows()
    {
        var balance = doc.OpeningBalance;
        yield return [PdfFormat.Date(doc.PeriodFrom), "", "", StatementPdfLabels.OpeningRow, "", "", PdfFormat.Money(balance)];
        foreach (var line in doc.Lines)
        {
            balance += line.Debit - line.Credit;
            yield return
            [
                PdfFormat.Date(line.Date), line.ContractNumber, StatementPdfLabels.Kind(line.Kind), line.Reference,
                Amount(line.Debit), Amount(line.Credit), PdfFormat.Money(balance),
            ];
        }
    }

    /// <summary>An empty cell rather than 0.00, so each line reads as the debit or the credit it is.</summary>
    private static string Amount(decimal amount) => amount == 0 ? "" : PdfFormat.Money(amount);

    /// <summary>The note, the contacts and both signature blocks stay on one page: the customer signs under what it confirms.</summary>
    private void Confirmation()
    {
        var fonts = cursor.Fonts;
        var note = StatementPdfLabels.ConfirmationNote(doc.ConfirmWithinDays);
        var signatures = new PdfSignatureBlocks(cursor, (StatementPdfLabels.CustomerConfirms, doc.Customer.Name), (StatementPdfLabels.IssuedBy, doc.Company.Name), compact: true);
        var fieldsHeight = cursor.FieldHeight(doc.QueryContact, FieldLabelWidth)
            + (string.IsNullOrWhiteSpace(doc.PaymentAccount) ? 0 : cursor.FieldHeight(doc.PaymentAccount, FieldLabelWidth));
        cursor.Heading(StatementPdfLabels.ConfirmationHeading, keepWithNext: cursor.ParagraphHeight(note, fonts.Body) + 4 + fieldsHeight + 12 + signatures.Height);
        cursor.Paragraph(note, fonts.Body);
        cursor.Y += 4;
        cursor.Field(StatementPdfLabels.QueryContact, doc.QueryContact, FieldLabelWidth);
        if (!string.IsNullOrWhiteSpace(doc.PaymentAccount))
        {
            cursor.Field(StatementPdfLabels.PaymentAccount, doc.PaymentAccount, FieldLabelWidth);
        }

        cursor.Y += 12;
        signatures.Draw();
    }
}
