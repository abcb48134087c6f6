namespace SalesCrm.Web.Features.Exports;

/// <summary>
/// One export for the Exports page (SEC-3): when, who, which kind of file and what it held (a contract's number, a
/// statement's customer and period, a ledger's filter); <see cref="Rows"/> for the tabular exports.
/// </summary>
public sealed record ExportRow(DateTimeOffset At, string Who, ExportKind? Kind, string? What, int? Rows);
