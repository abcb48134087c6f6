namespace SalesCrm.Web.Features.Exports;

/// <summary>One column of an <see cref="ExportSheet"/>: its header, what it holds, and its least width in a worksheet (characters).</summary>
public sealed record ExportColumn(string Header, ExportColumnKind Kind, double Width);
