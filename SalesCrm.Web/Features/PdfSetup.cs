using SalesCrm.Web.Features.Contracts.Pdf;
using SalesCrm.Web.Features.Pdf;
using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Web.Features;

public static class PdfSetup
{
    /// <summary>
    /// CON-4, AR-2, AR-3: the PDF renderers (singletons) and their licence setting (ADR 0002: AGPL unless
    /// <c>Pdf:LicenseKey</c> holds a commercial key). PDFsharp's licence and fonts are set when the first renderer is built.
    /// </summary>
    public static WebApplicationBuilder AddPdfDocuments(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PdfOptions>().Bind(builder.Configuration.GetSection(PdfOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<ContractPdfRenderer>();
        builder.Services.AddSingleton<CustomerStatementPdfRenderer>();
        builder.Services.AddSingleton<MonthlyStatementPdfRenderer>();
        return builder;
    }
}
