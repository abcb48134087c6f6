using System.Text;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// The app's one CSV writer: RFC 4180 that <see cref="CsvReader"/> and spreadsheets read back — CRLF after every record,
/// and a field in double quotes (quotes doubled) when it holds a comma, a quote or a line break, or starts or ends with
/// a space. Text that a spreadsheet would run as a formula is neutralised (<see cref="CsvFormulas"/>, SEC-3); numbers
/// (<see cref="CsvCell.Number"/>) are written as they are.
/// </summary>
public static class CsvWriter
{
    /// <summary>UTF-8 with a byte-order mark: without it, Excel opens Chinese text as garbage.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Write(IEnumerable<IEnumerable<CsvCell>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var csv = new StringBuilder();
        foreach (var record in records)
        {
            csv.AppendJoin(',', record.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>A file of text only.</summary>
    public static string Write(IEnumerable<IEnumerable<string?>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Write(records.Select(record => record.Select(CsvCell.Text)));
    }

    /// <summary>The CSV as a file's bytes, with the byte-order mark.</summary>
    public static byte[] ToBytes(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv)];
    }

    private static string Field(CsvCell cell)
    {
        if (string.IsNullOrEmpty(cell.Value))
        {
            return string.Empty;
        }

        var value = cell.IsNumber ? cell.Value : CsvFormulas.Neutralise(cell.Value);
        var quoted = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return quoted ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
