namespace SalesCrm.Web.Features.Contracts;

/// <summary>A contract's PDF to download; <see cref="Sha256"/> is set for the PDF issued at signing.</summary>
public sealed record ContractPdfFile(byte[] Content, string FileName, string? Sha256);
