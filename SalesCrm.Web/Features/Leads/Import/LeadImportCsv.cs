using SalesCrm.Domain.Common;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>The files an import hands out: the empty template and the report (the file's own columns, then Outcome and Message).</summary>
public static class LeadImportCsv
{
    /// <summary>The header row in the user's language; either language's column names are accepted on import.</summary>
    public static byte[] Template(string language) =>
        CsvWriter.ToBytes(CsvWriter.Write([LeadImportColumns.Template(chinese: language == Texts.SimplifiedChinese)]));

    public static byte[] Report(LeadImportResult result, Texts t, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(t);
        var width = result.Columns.Count;
        IEnumerable<string>[] header = [[.. result.Columns, t["Import.OutcomeColumn"], t["Import.MessageColumn"]]];
        var rows = result.Rows.Select(r => (IEnumerable<string>)
            [.. r.Values.Take(width), .. Enumerable.Repeat(string.Empty, Math.Max(0, width - r.Values.Count)), t.Of(r.Outcome), LeadImportMessages.Describe(t, calendar, r)]);
        return CsvWriter.ToBytes(CsvWriter.Write(header.Concat(rows)));
    }
}
