using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// A document's renderer: applies PDFsharp's process-wide fonts when built (ADR 0002), then renders each
/// document in the frame of <see cref="PdfRendering"/>. Stateless and thread-safe: every call lays out its own
/// document, so the renderers are singletons.
/// </summary>
public abstract class PdfRenderer<TDocument>
    where TDocument : class
{
    protected PdfRenderer() => PdfSharpRuntime.EnsureConfigured();

    public byte[] Render(TDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return PdfRendering.Render(Info(doc), cursor => Compose(cursor, doc), Overlay(doc));
    }

    private protected abstract DocumentInfo Info(TDocument doc);

    private protected abstract void Compose(PdfPageCursor cursor, TDocument doc);

    /// <summary>What to draw over every page after its footer, over all content; none by default.</summary>
    private protected virtual Action<XGraphics, PdfPage, PdfFonts>? Overlay(TDocument doc) => null;
}
