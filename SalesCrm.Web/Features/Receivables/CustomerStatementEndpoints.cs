using System.Globalization;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// AR-3: the customer statement as a plain HTTP download (a link needs no JavaScript), under the same access rules as
/// the contracts it lists: a user who may read no signed contract of the customer gets "not found"; a missing or bad
/// period is a 400 with the errors.
/// </summary>
public static class CustomerStatementEndpoints
{
    public static string StatementLink(Guid customerId, DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"/customers/{customerId}/statement?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

    public static IEndpointRouteBuilder MapCustomerStatementEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/customers/{customerId:guid}/statement", async Task<IResult> (Guid customerId, string? from, string? to, CustomerStatementService statements, CancellationToken cancellationToken) =>
        {
            if (Day(from) is not { } start || Day(to) is not { } end)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["period"] = ["Give the period as from=yyyy-MM-dd&to=yyyy-MM-dd."] });
            }

            try
            {
                return await statements.StatementAsync(customerId, start, end, cancellationToken) is { } statement
                    ? TypedResults.File(statement.Content, "application/pdf", statement.FileName)
                    : TypedResults.NotFound();
            }
            catch (DomainValidationException e)
            {
                return TypedResults.ValidationProblem(e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()));
            }
        }).RequireAuthorization();
        return endpoints;
    }

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
