using System.Globalization;
using ClosedXML.Excel;
using SalesCrm.Web.Features.Leads.Import;

namespace SalesCrm.Web.Features.Exports;

/// <summary>
/// Writes <see cref="ExportSheet"/>s as a file (SEC-3). CSV holds one table: the first sheet, through the app's
/// <see cref="CsvWriter"/>. Excel (ClosedXML) holds every sheet, with a bold, frozen header row, set column widths and
/// numbers stored as numbers with a number format. Text is only ever written as a value, never as a formula, and
/// neutralised the way the CSV is (<see cref="CsvFormulas"/>): a person named <c>=HYPERLINK(...)</c> stays a name even
/// once the sheet is edited or saved as CSV again.
/// </summary>
public static class SheetFiles
{
    public static string ContentType(SheetFormat format) => format == SheetFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Extension(SheetFormat format) => format == SheetFormat.Xlsx ? "xlsx" : "csv";

    public static byte[] Write(SheetFormat format, IReadOnlyList<ExportSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentOutOfRangeException.ThrowIfZero(sheets.Count);
        return format == SheetFormat.Xlsx ? Xlsx(sheets) : Csv(sheets[0]);
    }

    private static byte[] Csv(ExportSheet sheet)
    {
        IEnumerable<CsvCell>[] header = [[.. sheet.Columns.Select(c => CsvCell.Text(c.Header))]];
        var rows = sheet.Rows.Select(row => row.Select((cell, i) => cell.Number is { } number
            ? CsvCell.Number(number, CsvFormat(sheet.Columns[i].Kind))
            : CsvCell.Text(cell.Text)));
        return CsvWriter.ToBytes(CsvWriter.Write(header.Concat(rows)));
    }

    private static byte[] Xlsx(IReadOnlyList<ExportSheet> sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in sheets)
        {
            var worksheet = workbook.Worksheets.Add(sheet.Name);
            var twoLineHeader = false;
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var column = sheet.Columns[c];
                worksheet.Cell(1, c + 1).SetValue(CsvFormulas.Neutralise(column.Header));
                var cells = worksheet.Column(c + 1);
                cells.Width = Width(column, sheet.Rows.Select(r => r[c]));
                twoLineHeader |= HeaderWidth(column.Header) > cells.Width;
                if (column.Kind == ExportColumnKind.Text)
                {
                    cells.Style.Alignment.Indent = 1;
                }
                else
                {
                    cells.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                }
            }

            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                var row = sheet.Rows[r];
                for (var c = 0; c < row.Count; c++)
                {
                    var cell = worksheet.Cell(r + 2, c + 1);
                    var kind = sheet.Columns[c].Kind;
                    if (row[c].Number is { } number)
                    {
                        cell.SetValue(kind == ExportColumnKind.Percent ? number / 100m : number);
                        cell.Style.NumberFormat.Format = XlsxFormat(kind);
                    }
                    else if (!string.IsNullOrEmpty(row[c].Text))
                    {
                        // SetValue stores the text as it is; assigning Value would take a leading quote for Excel's quote prefix and drop it.
                        cell.SetValue(CsvFormulas.Neutralise(row[c].Text!));
                    }
                }
            }

            var headerRow = worksheet.Range(1, 1, 1, sheet.Columns.Count);
            headerRow.Style.Font.Bold = true;
            if (twoLineHeader)
            {
                // Excel keeps a stored row height as it is, so a wrapped header is given its two lines here.
                headerRow.Style.Alignment.WrapText = true;
                headerRow.Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
                worksheet.Row(1).Height = 30;
            }

            headerRow.Style.Fill.BackgroundColor = XLColor.FromHtml("#EEF1F6");
            headerRow.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            if (sheet.EndsWithTotal && sheet.Rows.Count > 0)
            {
                var total = worksheet.Range(sheet.Rows.Count + 1, 1, sheet.Rows.Count + 1, sheet.Columns.Count);
                total.Style.Font.Bold = true;
                total.Style.Border.TopBorder = XLBorderStyleValues.Thin;
            }

            worksheet.SheetView.FreezeRows(1);
            worksheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
            worksheet.PageSetup.FitToPages(1, 0);
            worksheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        }

        using var file = new MemoryStream();
        workbook.SaveAs(file);
        return file.ToArray();
    }

    /// <summary>A header this wide (or less) stays on one line; a longer one wraps onto two.</summary>
    private const double ShortHeader = 20;

    /// <summary>
    /// Wide enough for the longest value and for the header (bold) on at most two lines, never narrower than the column
    /// asks nor wider than a screen's share; in characters, a Chinese character counting two (ClosedXML's own measuring
    /// needs GDI+).
    /// </summary>
    private static double Width(ExportColumn column, IEnumerable<ExportCell> cells)
    {
        var widest = cells.Select(cell => cell.Number is { } number
                ? Characters(number.ToString(XlsxFormat(column.Kind).Replace("%", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)) + 1
                : Characters(cell.Text ?? string.Empty))
            .DefaultIfEmpty(0).Max();
        var header = HeaderWidth(column.Header) <= ShortHeader
            ? HeaderWidth(column.Header)
            : (Math.Max(column.Header.Split(' ').Max(Characters), (Characters(column.Header) + 1) / 2) * 1.15) + 2;
        return Math.Clamp(Math.Max(header, widest + 2), column.Width, 60);
    }

    /// <summary>The width a header takes on one line, in bold.</summary>
    private static double HeaderWidth(string header) => (Characters(header) * 1.15) + 2;

    private static int Characters(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

    /// <summary>Invariant, no thousands separator: what a spreadsheet in any language reads back as a number.</summary>
    private static string CsvFormat(ExportColumnKind kind) => kind switch
    {
        ExportColumnKind.Amount => "0.00",
        ExportColumnKind.Percent => "0.0",
        _ => "0",
    };

    private static string XlsxFormat(ExportColumnKind kind) => kind switch
    {
        ExportColumnKind.Amount => "#,##0",
        ExportColumnKind.Percent => "0.0%",
        _ => "#,##0",
    };
}
