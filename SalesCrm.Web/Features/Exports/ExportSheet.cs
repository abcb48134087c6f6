namespace SalesCrm.Web.Features.Exports;

/// <summary>
/// SEC-3: a table to download, shaped once and written by <see cref="SheetFiles"/> as CSV or as a worksheet, so both
/// files carry the same columns and values. <see cref="EndsWithTotal"/>: the last row sums the others (bold in a worksheet).
/// </summary>
public sealed record ExportSheet(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<ExportCell>> Rows, bool EndsWithTotal = false);
