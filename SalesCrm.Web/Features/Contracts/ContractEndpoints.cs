namespace SalesCrm.Web.Features.Contracts;

/// <summary>
/// CON-4: the contract PDF as a plain HTTP download, under the same access rules as the contract page: a user who may
/// not read the contract gets "not found". A signed contract's download is the PDF issued at signing, byte for byte.
/// </summary>
public static class ContractEndpoints
{
    public const string Sha256Header = "X-Content-SHA256";

    public static string PdfPath(Guid contractId) => $"/contracts/{contractId}/pdf";

    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/contracts/{contractId:guid}/pdf", async Task<IResult> (Guid contractId, HttpContext context, ContractService contracts) =>
        {
            if (await contracts.PdfAsync(contractId, context.RequestAborted) is not { } pdf)
            {
                return TypedResults.NotFound();
            }

            if (pdf.Sha256 is { } hash)
            {
                context.Response.Headers[Sha256Header] = hash;
            }

            return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
        }).RequireAuthorization();
        return endpoints;
    }
}
