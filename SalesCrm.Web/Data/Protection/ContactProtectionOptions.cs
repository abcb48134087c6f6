namespace SalesCrm.Web.Data.Protection;

/// <summary>
/// Where the SEC-4 master key comes from: <see cref="Key"/> (base64, e.g. from an environment variable or a vault) or
/// <see cref="KeyFile"/>. Never the database. In Development a key file is generated on first start.
/// </summary>
public sealed class ContactProtectionOptions
{
    public const string Section = "ContactProtection";

    public string? Key { get; set; }
    public string? KeyFile { get; set; }
}
