namespace SalesCrm.Web.Features.Pdf;

/// <summary>ADR 0002: PDFsharp runs under the AGPL unless the company configures a commercial licence key.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>A PDFsharp commercial licence (base64); empty means AGPL-3.0. A secret: keep it out of the repository.</summary>
    public string LicenseKey { get; set; } = "";
}
