namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// A bold row closing a table: <see cref="Values"/> fill the table's last columns and <see cref="Label"/> spans the
/// columns before them, right-aligned against the first value.
/// </summary>
internal sealed record PdfTotalRow(string Label, IReadOnlyList<string> Values);
