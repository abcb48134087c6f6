namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// The first administrator outside Development, from configuration or the command line
/// (<c>--Bootstrap:AdminEmail=… --Bootstrap:AdminPassword=…</c>). Ignored once any administrator exists.
/// </summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string RegionName { get; set; } = "总部 Headquarters";

    /// <summary>Seed the demo organisation into an empty database. On by default in Development only.</summary>
    public bool? DemoData { get; set; }
}
