using System.ComponentModel.DataAnnotations;

namespace SalesCrm.Web.Auth;

/// <summary>How quickly a disabled user or a changed role takes effect in open tabs and new requests.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Open circuits re-check the user this often; must stay under a minute (a disabled user loses access within 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:59")]
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);
}
