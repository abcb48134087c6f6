using System.Buffers;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// SEC-3, formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return as a formula, so an exported customer name such as
/// <c>=HYPERLINK(...)</c> could act on the reader's machine. Such a text is written with a leading single quote, which
/// makes it plain text; an import takes the quote off again, so a downloaded report can be fixed and imported.
/// </summary>
public static class CsvFormulas
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("=+-@\t\r");

    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && Triggers.Contains(text[0]) ? "'" + text : text;
    }

    /// <summary>The text as it was before <see cref="Neutralise"/>.</summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && text[0] == '\'' && Triggers.Contains(text[1]) ? text[1..] : text;
    }
}
