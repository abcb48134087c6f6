namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>One row of the line-items table; the renderer prints the amounts it is given and computes none.</summary>
public sealed record ContractDocumentLine(
    int LineNumber,
    string ProductCode,
    string ProductName,
    string Unit,
    decimal Quantity,
    decimal UnitPrice,
    decimal LineTotal);
