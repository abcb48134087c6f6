using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>The issuing company's letterhead on both statements: its name, address, USCC and contact.</summary>
internal static class StatementLetterhead
{
    public static void Draw(PdfPageCursor cursor, StatementParty company)
    {
        var registration = new[] { Labelled(PdfLabels.Uscc, company.Uscc), Labelled(PdfLabels.Contact, company.Contact) };
        PdfHeaderBlocks.Letterhead(
            cursor,
            company.Name,
            [Labelled(PdfLabels.Address, company.Address), string.Join("  ·  ", registration.Where(s => s.Length > 0))]);
    }

    private static string Labelled(string label, string value) => string.IsNullOrWhiteSpace(value) ? "" : $"{label}: {value}";
}
