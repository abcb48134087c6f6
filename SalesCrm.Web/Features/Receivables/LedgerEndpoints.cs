using System.Globalization;
using SalesCrm.Domain.Common;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// CON-5/SEC-3: the ledger's CSV as a plain HTTP download (a link with <c>download</c> needs no JavaScript). Signed-in
/// users only; the service refuses anyone but managers (403) and audits every export. AR-2: the monthly statement's PDF,
/// for those whose role sees it (others get 404).
/// </summary>
public static class LedgerEndpoints
{
    public const string ExportPath = "/contracts/ledger/export";
    private const string CsvType = "text/csv; charset=utf-8";

    /// <summary>The export link for a filter, with the same query parameters the endpoint reads.</summary>
    public static string ExportLink(LedgerFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("region", filter.RegionId?.ToString());
        Add("rep", filter.OwnerId?.ToString());
        Add("customer", filter.Customer);
        Add("from", filter.SignedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", filter.SignedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return query.Count == 0 ? ExportPath : $"{ExportPath}?{string.Join('&', query)}";
    }

    /// <summary>AR-2: the monthly statement's PDF for a month (any day of it).</summary>
    public static string MonthlyStatementPath(DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"/receivables/statements/{month.Year}/{month.Month}");

    public static IEndpointRouteBuilder MapLedgerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/receivables/statements/{year:int:range(2000,2100)}/{month:int:range(1,12)}", async Task<IResult> (int year, int month, MonthlyStatementService statements, CancellationToken cancellationToken) =>
            await statements.PdfAsync(new DateOnly(year, month, 1), cancellationToken) is { } pdf
                ? TypedResults.File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"receivables-{year}-{month:D2}.pdf"))
                : TypedResults.NotFound()).RequireAuthorization();
        endpoints.MapGet(ExportPath, async Task<IResult> (Guid? region, Guid? rep, string? customer, DateOnly? from, DateOnly? to, ContractLedgerService ledger, TimeProvider time, CompanyCalendar calendar, CancellationToken cancellationToken) =>
        {
            try
            {
                var csv = await ledger.ExportAsync(new LedgerFilter(region, rep, customer, from, to), cancellationToken);
                var stamp = calendar.InCompanyTime(time.GetUtcNow()).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
                return TypedResults.File(csv, CsvType, $"contract-ledger-{stamp}.csv");
            }
            catch (AccessDeniedException)
            {
                return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization();
        return endpoints;
    }
}
