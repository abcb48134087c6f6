using System.Text;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// RFC 4180 records from CSV text: fields separated by commas, records by CRLF, LF or CR; a field in double quotes may
/// hold commas, line breaks and doubled quotes (<c>""</c>). A leading byte-order mark is skipped, the line break after
/// the last record makes no empty record, and a blank line is a record of one empty field (so record numbers stay those
/// a spreadsheet shows). Lenient where spreadsheets are: a quote inside an unquoted field, or text after a closing
/// quote, is kept as text. A quote that is never closed would swallow the rest of the file, so it is refused.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<IReadOnlyList<string>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Records(text);
    }

    private static IEnumerable<IReadOnlyList<string>> Records(string text)
    {
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        var record = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i = ReadQuoted(text, i + 1, field, record);
            }

            while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
            {
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i == text.Length)
            {
                break;
            }

            if (text[i++] == ',')
            {
                if (i == text.Length)
                {
                    fields.Add(string.Empty);
                    break;
                }

                continue;
            }

            if (text[i - 1] == '\r' && i < text.Length && text[i] == '\n')
            {
                i++;
            }

            yield return fields;
            fields = [];
            record++;
        }

        if (fields.Count > 0)
        {
            yield return fields;
        }
    }

    /// <summary>Reads a quoted field's content from just after its opening quote; returns the position after the closing quote.</summary>
    private static int ReadQuoted(string text, int i, StringBuilder field, int record)
    {
        while (i < text.Length)
        {
            var c = text[i++];
            if (c != '"')
            {
                field.Append(c);
            }
            else if (i < text.Length && text[i] == '"')
            {
                field.Append('"');
                i++;
            }
            else
            {
                return i;
            }
        }

        throw new CsvFormatException(record, $"Row {record}: a value that starts with a double quote (\") is never closed.");
    }
}
