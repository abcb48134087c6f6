using System.Globalization;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// One cell for <see cref="CsvWriter"/>: text, which the writer neutralises against formula injection (SEC-3), or a
/// number the writer knows is one and writes as it is, so a negative amount stays a number a spreadsheet can sum.
/// </summary>
public readonly record struct CsvCell
{
    private CsvCell(string? value, bool isNumber)
    {
        Value = value;
        IsNumber = isNumber;
    }

    public string? Value { get; }

    public bool IsNumber { get; }

    public static implicit operator CsvCell(string? text) => Text(text);

    public static CsvCell Text(string? text) => new(text, isNumber: false);

    /// <summary>A number in the invariant culture, e.g. <c>-12.50</c> for the format <c>0.00</c>.</summary>
    public static CsvCell Number(decimal value, string format) => new(value.ToString(format, CultureInfo.InvariantCulture), isNumber: true);
}
