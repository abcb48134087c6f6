namespace SalesCrm.Web.Features.Exports;

/// <summary>
/// What a column holds, which decides how both files write it: text, neutralised against formulas (SEC-3), or a number
/// a spreadsheet can sum — a count, an amount, or a percentage (128.5 for 128.5%).
/// </summary>
public enum ExportColumnKind
{
    Text = 1,
    Count = 2,
    Amount = 3,
    Percent = 4,
}
