using System.Globalization;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// Plain HTTP downloads for the import page (a link with <c>download</c> needs no JavaScript): the template, and a
/// report that only the user who ran the import gets (SEC-1; anyone else gets "not found"), recorded as an export (SEC-3).
/// </summary>
public static class LeadImportEndpoints
{
    public const string TemplatePath = "/leads/import/template";
    private const string CsvType = "text/csv; charset=utf-8";

    public static string ReportPath(Guid reportId) => $"/leads/import/reports/{reportId}";

    public static IEndpointRouteBuilder MapLeadImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup("/leads/import").RequireAuthorization();
        downloads.MapGet("/template", () =>
            TypedResults.File(LeadImportCsv.Template(Texts.LanguageOf(CultureInfo.CurrentUICulture)), CsvType, "leads-template.csv"));
        downloads.MapGet("/reports/{reportId:guid}", async Task<IResult> (Guid reportId, LeadImportService imports, CancellationToken cancellationToken) =>
            await imports.ReportAsync(reportId, cancellationToken) is { } report
                ? TypedResults.File(report, CsvType, "lead-import-report.csv")
                : TypedResults.NotFound());
        return endpoints;
    }
}
