namespace SalesCrm.Web.Features.Exports;

/// <summary>One value of an <see cref="ExportSheet"/>: a text or a number (its column says which kind of number), or empty.</summary>
public readonly record struct ExportCell(string? Text, decimal? Number)
{
    public static ExportCell Of(string? text) => new(text, null);

    public static ExportCell Of(decimal? number) => new(null, number);
}
