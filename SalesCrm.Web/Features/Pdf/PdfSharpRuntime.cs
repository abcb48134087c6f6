using PdfSharp.Fonts;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// PDFsharp's process-wide settings, applied once however many renderers are built (the app builds one; tests may
/// build several): the font resolver, which PDFsharp accepts only once per process. PDFsharp 6.2 is MIT (ADR 0002)
/// and needs no licence call.
/// </summary>
internal static class PdfSharpRuntime
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            GlobalFontSettings.FontResolver = new PdfFontResolver(PdfFontResolver.BundledFontPath);
            _configured = true;
        }
    }
}
