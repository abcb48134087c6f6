using MudBlazor;

namespace SalesCrm.Web.Components.Layout;

/// <summary>The MudBlazor theme, matching wwwroot-assets/css/brand.css.</summary>
internal static class CrmTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5cad",
            Secondary = "#f2a93b",
            AppbarBackground = "#0b5cad",
            Background = "#f4f6fa",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1f2a37",
            TextSecondary = "#5b6776",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
