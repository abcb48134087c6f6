using PdfSharp.Drawing;
using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>CON-4: lays out one contract's sections in reading order on a <see cref="PdfPageCursor"/>.</summary>
internal sealed class ContractPdfComposer(PdfPageCursor cursor, ContractDocument doc)
{
    private const double FieldLabelWidth = 150;

    public void Compose()
    {
        cursor.NewPage();
        TitleBlock();
        Parties();
        cursor.Y += 6;
        cursor.Paragraph(ContractPdfLabels.Preamble, cursor.Fonts.Body);
        LineItems();
        DeliveryAndPayment();
        Breach();
        ServiceCommitments();
        Signing();
    }

    private void TitleBlock() =>
        PdfHeaderBlocks.Title(
            cursor,
            doc.Title,
            [$"{ContractPdfLabels.ContractNumber}: {doc.ContractNumber}", $"{ContractPdfLabels.IssueDate}: {PdfFormat.Date(doc.IssueDate)}"],
            [$"{ContractPdfLabels.Version}: {PdfFormat.Number(doc.Version)}", $"{ContractPdfLabels.Currency}: {doc.Currency}"]);

    private void Parties()
    {
        const double gap = 12;
        var width = (cursor.ContentWidth - gap) / 2;
        var seller = PartyLines(doc.Seller, width);
        var buyer = PartyLines(doc.Buyer, width);
        var bodyHeight = Math.Max(seller.Count, buyer.Count) * PdfPageCursor.LineHeight(cursor.Fonts.Body);
        var height = PdfPageCursor.LineHeight(cursor.Fonts.BodyBold) + 8 + bodyHeight + 8;
        cursor.KeepTogether(height);
        PartyBox(ContractPdfLabels.Seller, doc.Seller.Name, seller, PdfPageCursor.Left, width, height);
        PartyBox(ContractPdfLabels.Buyer, doc.Buyer.Name, buyer, PdfPageCursor.Left + width + gap, width, height);
        cursor.Y += height;
    }

    private List<string> PartyLines(ContractParty party, double width)
    {
        var inner = width - 16;
        var lines = new List<string>();
        lines.AddRange(cursor.Wrap(party.Name, cursor.Fonts.BodyBold, inner));
        lines.AddRange(cursor.Wrap($"{PdfLabels.Address}: {party.Address}", cursor.Fonts.Body, inner));
        lines.AddRange(cursor.Wrap($"{PdfLabels.Uscc}: {party.Uscc}", cursor.Fonts.Body, inner));
        lines.AddRange(cursor.Wrap($"{ContractPdfLabels.Representative}: {party.Representative}", cursor.Fonts.Body, inner));
        if (!string.IsNullOrWhiteSpace(party.Contact))
        {
            lines.AddRange(cursor.Wrap($"{PdfLabels.Contact}: {party.Contact}", cursor.Fonts.Body, inner));
        }

        return lines;
    }

    private void PartyBox(string role, string name, List<string> lines, double x, double width, double height)
    {
        var fonts = cursor.Fonts;
        var g = cursor.Graphics;
        var band = PdfPageCursor.LineHeight(fonts.BodyBold) + 8;
        g.DrawRectangle(new XSolidBrush(PdfPageCursor.HeaderFill), x, cursor.Y, width, band);
        g.DrawRectangle(cursor.Pen, x, cursor.Y, width, height);
        cursor.DrawLines([role], fonts.BodyBold, x + 8, cursor.Y + 4, width - 16);
        var nameLines = cursor.Wrap(name, fonts.BodyBold, width - 16).Count;
        var y = cursor.Y + band + 4;
        cursor.DrawLines([.. lines.Take(nameLines)], fonts.BodyBold, x + 8, y, width - 16);
        cursor.DrawLines([.. lines.Skip(nameLines)], fonts.Body, x + 8, y + nameLines * PdfPageCursor.LineHeight(fonts.Body), width - 16);
    }

    private void LineItems()
    {
        cursor.Heading(ContractPdfLabels.LinesHeading, keepWithNext: 60);
        PdfColumn[] columns =
        [
            new(ContractPdfLabels.LineNumberZh, ContractPdfLabels.LineNumberEn, 30, XStringAlignment.Center),
            new(ContractPdfLabels.ProductCodeZh, ContractPdfLabels.ProductCodeEn, 70),
            new(ContractPdfLabels.ProductNameZh, ContractPdfLabels.ProductNameEn, 0),
            new(ContractPdfLabels.UnitZh, ContractPdfLabels.UnitEn, 36, XStringAlignment.Center),
            new(ContractPdfLabels.QuantityZh, ContractPdfLabels.QuantityEn, 50, XStringAlignment.Far),
            new(ContractPdfLabels.UnitPriceZh, ContractPdfLabels.UnitPriceEn, 74, XStringAlignment.Far),
            new(ContractPdfLabels.AmountZh, ContractPdfLabels.AmountEn, 84, XStringAlignment.Far),
        ];
        columns[2] = columns[2] with { Width = cursor.ContentWidth - columns.Sum(c => c.Width) };
        var rows = doc.Lines.Select(l => new[]
        {
            PdfFormat.Number(l.LineNumber), l.ProductCode, l.ProductName, l.Unit,
            PdfFormat.Quantity(l.Quantity), PdfFormat.Money(l.UnitPrice), PdfFormat.Money(l.LineTotal),
        });
        cursor.Table(columns, rows, (ContractPdfLabels.Total(doc.Currency), PdfFormat.Money(doc.Total)));
    }

    private void DeliveryAndPayment()
    {
        cursor.Heading(ContractPdfLabels.PaymentHeading, keepWithNext: 40);
        cursor.Field(ContractPdfLabels.DeliveryDate, PdfFormat.Date(doc.DeliveryDate), FieldLabelWidth);
        cursor.Field(ContractPdfLabels.PaymentMethod, doc.PaymentMethod, FieldLabelWidth);
        cursor.Field(ContractPdfLabels.PaymentTerms, ContractPdfLabels.Days(doc.PaymentTermDays), FieldLabelWidth);
        if (doc.PaymentSchedule.Count == 0)
        {
            return;
        }

        cursor.Y += 4;
        cursor.Paragraph(ContractPdfLabels.ScheduleIntro, cursor.Fonts.Body);
        PdfColumn[] columns =
        [
            new(ContractPdfLabels.InstalmentZh, ContractPdfLabels.InstalmentEn, 40, XStringAlignment.Center),
            new(ContractPdfLabels.DueDateZh, ContractPdfLabels.DueDateEn, 80, XStringAlignment.Center),
            new(ContractPdfLabels.AmountZh, ContractPdfLabels.AmountEn, 100, XStringAlignment.Far),
            new(ContractPdfLabels.DescriptionZh, ContractPdfLabels.DescriptionEn, 0),
        ];
        columns[3] = columns[3] with { Width = cursor.ContentWidth - columns.Sum(c => c.Width) };
        var rows = doc.PaymentSchedule.Select((p, i) => new[]
        {
            PdfFormat.Number(i + 1), PdfFormat.Date(p.DueDate), PdfFormat.Money(p.Amount), p.Description,
        });
        cursor.Table(columns, rows);
    }

    private void Breach()
    {
        cursor.Heading(ContractPdfLabels.BreachHeading, keepWithNext: 30);
        cursor.Paragraph(ContractPdfLabels.BreachClause(doc.BreachCompensationPercent), cursor.Fonts.Body);
    }

    private void ServiceCommitments()
    {
        cursor.Heading(ContractPdfLabels.ServiceHeading, keepWithNext: 30);
        cursor.Paragraph(doc.ServiceCommitments, cursor.Fonts.Body);
    }

    /// <summary>The signing article and both signature blocks stay on one page, so no page carries signatures alone.</summary>
    private void Signing()
    {
        var fonts = cursor.Fonts;
        var signatures = new PdfSignatureBlocks(cursor, (ContractPdfLabels.Seller, doc.Seller.Name), (ContractPdfLabels.Buyer, doc.Buyer.Name));
        var articleHeight = cursor.FieldHeight(doc.SigningMethod, FieldLabelWidth) + 4 + cursor.ParagraphHeight(ContractPdfLabels.Counterparts, fonts.Body) + 12;

        cursor.Heading(ContractPdfLabels.SigningHeading, keepWithNext: articleHeight + signatures.Height);
        cursor.Field(ContractPdfLabels.SigningMethod, doc.SigningMethod, FieldLabelWidth);
        cursor.Y += 4;
        cursor.Paragraph(ContractPdfLabels.Counterparts, fonts.Body);
        cursor.Y += 12;
        signatures.Draw();
    }
}
