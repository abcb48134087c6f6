using PdfSharp.Drawing;
using PdfSharp.Fonts;
using SalesCrm.Web.Components;

namespace SalesCrm.Web.Features.Pdf;

/// <summary>
/// Serves the bundled WenQuanYi Micro Hei (Latin, simplified and traditional Chinese) for every font a document asks
/// for: the server has no fonts PDFsharp could find. The font has no bold face, so bold is simulated. PDFsharp calls
/// this from any thread; the file is read once and the bytes are never changed.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    public const string FamilyName = "WenQuanYi Micro Hei";
    private const string FaceName = "WenQuanYiMicroHei";

    private readonly Lazy<byte[]> _font;

    public PdfFontResolver(string fontPath) =>
        _font = new Lazy<byte[]>(() => File.ReadAllBytes(fontPath), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The font as the build copies it beside the app (SalesCrm.Web.csproj links wwwroot-assets into the output).</summary>
    public static string BundledFontPath => Path.Combine(AppContext.BaseDirectory, BrandAssets.Folder, "fonts", "WenQuanYiMicroHei.ttf");

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var simulations = (bold, italic) switch
        {
            (true, true) => XStyleSimulations.BoldItalicSimulation,
            (true, false) => XStyleSimulations.BoldSimulation,
            (false, true) => XStyleSimulations.ItalicSimulation,
            _ => XStyleSimulations.None,
        };
        return new FontResolverInfo(FaceName, simulations);
    }

    public byte[]? GetFont(string faceName) => faceName == FaceName ? _font.Value : null;
}
