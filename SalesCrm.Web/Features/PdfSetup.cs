using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features;

public static class PdfSetup
{
    /// <summary>
    /// CON-4, AR-2, AR-3: the PDF licence setting (ADR 0002: AGPL unless <c>Pdf:LicenseKey</c> holds a commercial key).
    /// PDFsharp's licence and fonts are set when the first renderer (a feature service, see <see cref="FeatureSetup"/>)
    /// is built.
    /// </summary>
    public static WebApplicationBuilder AddPdfDocuments(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PdfOptions>().Bind(builder.Configuration.GetSection(PdfOptions.Section)).ValidateOnStart();
        return builder;
    }
}
