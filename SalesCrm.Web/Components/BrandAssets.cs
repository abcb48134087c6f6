using Microsoft.Extensions.FileProviders;

namespace SalesCrm.Web.Components;

public static class BrandAssets
{
    public const string Folder = "wwwroot-assets";

    /// <summary>Serves the repository's top-level wwwroot-assets/ (brand CSS, logo, fonts), copied next to the app on build and publish.</summary>
    public static WebApplication UseBrandAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, Folder)) });
        return app;
    }
}
