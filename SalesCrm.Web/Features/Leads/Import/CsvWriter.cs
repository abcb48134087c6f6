using System.Text;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// Writes RFC 4180 CSV that <see cref="CsvReader"/> and spreadsheets read back unchanged: CRLF after every record, and a
/// field in double quotes (quotes doubled) when it holds a comma, a quote or a line break, or starts or ends with a space.
/// </summary>
public static class CsvWriter
{
    /// <summary>UTF-8 with a byte-order mark: without it, Excel opens Chinese text as garbage.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Write(IEnumerable<IEnumerable<string?>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var csv = new StringBuilder();
        foreach (var record in records)
        {
            csv.AppendJoin(',', record.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The CSV as a file's bytes, with the byte-order mark.</summary>
    public static byte[] ToBytes(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv)];
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var quoted = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return quoted ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
