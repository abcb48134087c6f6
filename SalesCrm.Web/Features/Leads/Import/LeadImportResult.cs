namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// The outcome of one import: the file's columns, every data row's outcome in file order, columns that were not
/// understood (ignored, told once), or the reason the whole file was refused (then no row was applied).
/// <see cref="ReportId"/> names the downloadable report, kept for the user who ran the import only.
/// </summary>
public sealed record LeadImportResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<LeadImportRow> Rows,
    IReadOnlyList<string> UnknownColumns,
    LeadImportRefusal? Refusal = null,
    bool Cancelled = false,
    Guid? ReportId = null)
{
    public static LeadImportResult Refused(LeadImportRefusal refusal) => new([], [], [], refusal);

    public int Count(LeadImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}
