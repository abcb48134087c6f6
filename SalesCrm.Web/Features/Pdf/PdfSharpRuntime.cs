using PdfSharp;
using PdfSharp.Fonts;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// PDFsharp's process-wide settings, applied once however many renderers are built (the app builds one; tests may
/// build several): the licence (ADR 0002) and the font resolver, which PDFsharp accepts only once per process.
/// </summary>
internal static class PdfSharpRuntime
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    public static void EnsureConfigured(string licenseKey)
    {
        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(licenseKey))
            {
                PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharpLicense.LoadLicense(licenseKey);
            }

            GlobalFontSettings.FontResolver = new PdfFontResolver(PdfFontResolver.BundledFontPath);
            _configured = true;
        }
    }
}
