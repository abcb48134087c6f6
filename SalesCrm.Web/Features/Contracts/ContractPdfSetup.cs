using SalesCrm.Web.Features.Contracts.Pdf;

namespace SalesCrm.Web.Features.Contracts;

public static class ContractPdfSetup
{
    /// <summary>
    /// CON-4: the PDF licence setting (ADR 0002: AGPL unless <c>Pdf:LicenseKey</c> holds a commercial key). PDFsharp's
    /// licence and fonts are set when the renderer (a feature service, see <see cref="FeatureSetup"/>) is built.
    /// </summary>
    public static WebApplicationBuilder AddContractPdf(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ContractPdfOptions>().Bind(builder.Configuration.GetSection(ContractPdfOptions.Section)).ValidateOnStart();
        return builder;
    }
}
