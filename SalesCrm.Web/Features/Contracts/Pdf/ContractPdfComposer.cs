using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>CON-4: lays out one contract's sections in reading order on a <see cref="PdfPageCursor"/>.</summary>
internal sealed class ContractPdfComposer(PdfPageCursor cursor, ContractDocument doc)
{
    private const double FieldLabelWidth = 150;
    private const double SealSize = 80;
    private const double SignatureLineHeight = 40;

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

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quantity(decimal quantity) => quantity.ToString("#,##0.###", CultureInfo.InvariantCulture);

    private void TitleBlock()
    {
        var fonts = cursor.Fonts;
        var titleLines = cursor.Wrap(doc.Title, fonts.Title, cursor.ContentWidth);
        cursor.DrawLines(titleLines, fonts.Title, PdfPageCursor.Left, cursor.Y, cursor.ContentWidth, XStringAlignment.Center);
        cursor.Y += titleLines.Count * PdfPageCursor.LineHeight(fonts.Title) + 8;

        string[] meta =
        [
            $"{ContractPdfLabels.ContractNumber}: {doc.ContractNumber}",
            $"{ContractPdfLabels.Version}: {doc.Version.ToString(CultureInfo.InvariantCulture)}",
            $"{ContractPdfLabels.IssueDate}: {Date(doc.IssueDate)}",
            $"{ContractPdfLabels.Currency}: {doc.Currency}",
        ];
        var half = cursor.ContentWidth / 2;
        cursor.DrawLines([meta[0], meta[2]], fonts.Body, PdfPageCursor.Left, cursor.Y, half);
        cursor.DrawLines([meta[1], meta[3]], fonts.Body, PdfPageCursor.Left + half, cursor.Y, half, XStringAlignment.Far);
        cursor.Y += 2 * PdfPageCursor.LineHeight(fonts.Body) + 4;
        cursor.Graphics.DrawLine(new XPen(XColors.Black, 1.2), PdfPageCursor.Left, cursor.Y, cursor.Right, cursor.Y);
        cursor.Y += 10;
    }

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
        lines.AddRange(cursor.Wrap($"{ContractPdfLabels.Address}: {party.Address}", cursor.Fonts.Body, inner));
        lines.AddRange(cursor.Wrap($"{ContractPdfLabels.Uscc}: {party.Uscc}", cursor.Fonts.Body, inner));
        lines.AddRange(cursor.Wrap($"{ContractPdfLabels.Representative}: {party.Representative}", cursor.Fonts.Body, inner));
        if (!string.IsNullOrWhiteSpace(party.Contact))
        {
            lines.AddRange(cursor.Wrap($"{ContractPdfLabels.Contact}: {party.Contact}", cursor.Fonts.Body, inner));
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
            l.LineNumber.ToString(CultureInfo.InvariantCulture), l.ProductCode, l.ProductName, l.Unit,
            Quantity(l.Quantity), Money(l.UnitPrice), Money(l.LineTotal),
        });
        cursor.Table(columns, rows, (ContractPdfLabels.Total(doc.Currency), Money(doc.Total)));
    }

    private void DeliveryAndPayment()
    {
        cursor.Heading(ContractPdfLabels.PaymentHeading, keepWithNext: 40);
        cursor.Field(ContractPdfLabels.DeliveryDate, Date(doc.DeliveryDate), FieldLabelWidth);
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
            (i + 1).ToString(CultureInfo.InvariantCulture), Date(p.DueDate), Money(p.Amount), p.Description,
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
        const double gap = 24;
        var fonts = cursor.Fonts;
        var width = (cursor.ContentWidth - gap) / 2;
        var textWidth = width - SealSize - 12;
        var seller = cursor.Wrap(doc.Seller.Name, fonts.Body, textWidth);
        var buyer = cursor.Wrap(doc.Buyer.Name, fonts.Body, textWidth);
        // Both blocks share one height and one grid, so the two signature lines sit level.
        var nameHeight = Math.Max(Math.Max(seller.Count, buyer.Count) * PdfPageCursor.LineHeight(fonts.Body), SealSize - 14);
        var blocksHeight = PdfPageCursor.LineHeight(fonts.BodyBold) + 4 + nameHeight + 2 * SignatureLineHeight;
        var articleHeight = cursor.FieldHeight(doc.SigningMethod, FieldLabelWidth) + 4 + cursor.ParagraphHeight(ContractPdfLabels.Counterparts, fonts.Body) + 12;

        cursor.Heading(ContractPdfLabels.SigningHeading, keepWithNext: articleHeight + blocksHeight);
        cursor.Field(ContractPdfLabels.SigningMethod, doc.SigningMethod, FieldLabelWidth);
        cursor.Y += 4;
        cursor.Paragraph(ContractPdfLabels.Counterparts, fonts.Body);
        cursor.Y += 12;
        SignatureBlock(ContractPdfLabels.Seller, seller, PdfPageCursor.Left, width, nameHeight);
        SignatureBlock(ContractPdfLabels.Buyer, buyer, PdfPageCursor.Left + width + gap, width, nameHeight);
        cursor.Y += blocksHeight;
    }

    private void SignatureBlock(string role, IReadOnlyList<string> name, double x, double width, double nameHeight)
    {
        var fonts = cursor.Fonts;
        var y = cursor.Y;
        var textWidth = width - SealSize - 12;
        cursor.DrawLines([role], fonts.BodyBold, x, y, width);
        y += PdfPageCursor.LineHeight(fonts.BodyBold) + 4;
        cursor.DrawLines(name, fonts.Body, x, y, textWidth);

        var sealBox = new XRect(x + width - SealSize, y, SealSize, SealSize);
        cursor.Graphics.DrawRectangle(new XPen(XColor.FromArgb(0x90, 0x96, 0xA0), 0.6) { DashStyle = XDashStyle.Dash }, sealBox);
        cursor.DrawLines([ContractPdfLabels.Seal], fonts.Small, sealBox.X, sealBox.Y + (SealSize - PdfPageCursor.LineHeight(fonts.Small)) / 2, SealSize, XStringAlignment.Center, fonts.MutedBrush);

        y += nameHeight;
        SignatureLine(ContractPdfLabels.Signature, x, y, textWidth);
        SignatureLine(ContractPdfLabels.SignatureDate, x, y + SignatureLineHeight, textWidth);
    }

    /// <summary>A label with room to sign or write above the rule beneath it.</summary>
    private void SignatureLine(string label, double x, double y, double width)
    {
        cursor.DrawLines([label], cursor.Fonts.Small, x, y, width);
        var lineY = y + SignatureLineHeight - 8;
        cursor.Graphics.DrawLine(new XPen(XColors.Black, 0.6), x, lineY, x + width, lineY);
    }
}
