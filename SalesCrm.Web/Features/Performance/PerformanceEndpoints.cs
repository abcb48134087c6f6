using SalesCrm.Domain.Common;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Exports;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2/SEC-3: the scorecard as plain HTTP downloads (a link with <c>download</c> needs no JavaScript), CSV and Excel,
/// for a period (<c>kind</c>, <c>year</c>, <c>number</c>) and optionally a region. Signed-in users only; the service
/// refuses anyone who may not export, or see, these figures (403) and audits every download. A query that names no
/// period is 400.
/// </summary>
public static class PerformanceEndpoints
{
    public const string CsvPath = "/performance/export.csv";
    public const string XlsxPath = "/performance/export.xlsx";

    /// <summary>The download of a period's scorecard, with the query the endpoint reads.</summary>
    public static string ExportLink(SheetFormat format, Period period, Guid? regionId)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Query(format == SheetFormat.Xlsx ? XlsxPath : CsvPath, period, regionId);
    }

    /// <summary>The performance page on a period (and a region, for the director): a notification or a bookmark opens it there.</summary>
    public static string PageLink(Period period, Guid? regionId = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Query("/performance", period, regionId);
    }

    private static string Query(string path, Period period, Guid? regionId)
    {
        var region = regionId is { } id ? $"&region={id}" : string.Empty;
        return FormattableString.Invariant($"{path}?kind={period.Kind}&year={period.Year}&number={period.Number}{region}");
    }

    /// <summary>"performance-2026-Q2.xlsx", "performance-2026-04.csv".</summary>
    public static string FileName(SheetFormat format, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"performance-{period.ToString().Replace(' ', '-')}.{SheetFiles.Extension(format)}";
    }

    public static IEndpointRouteBuilder MapPerformanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, (string? kind, int? year, int? number, Guid? region, PerformanceExportService exports, CancellationToken cancellationToken) =>
            ExportAsync(SheetFormat.Csv, kind, year, number, region, exports, cancellationToken)).RequireAuthorization();
        endpoints.MapGet(XlsxPath, (string? kind, int? year, int? number, Guid? region, PerformanceExportService exports, CancellationToken cancellationToken) =>
            ExportAsync(SheetFormat.Xlsx, kind, year, number, region, exports, cancellationToken)).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(SheetFormat format, string? kind, int? year, int? number, Guid? region, PerformanceExportService exports, CancellationToken cancellationToken)
    {
        if (PeriodOf(kind, year, number) is not { } period)
        {
            return TypedResults.BadRequest();
        }

        try
        {
            var file = await exports.ExportAsync(period, region, format, cancellationToken);
            return TypedResults.File(file, SheetFiles.ContentType(format), FileName(format, period));
        }
        catch (AccessDeniedException)
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>The period a query names by its kind's name ("Quarter"), year and number; null when it names none.</summary>
    private static Period? PeriodOf(string? kind, int? year, int? number) =>
        Enum.GetValues<PeriodKind>().Where(k => string.Equals(k.ToString(), kind, StringComparison.OrdinalIgnoreCase)).Select(k => (PeriodKind?)k).SingleOrDefault() is { } parsed
        && year is { } y && number is { } n
            ? Period.From(parsed, y, n)
            : null;
}
