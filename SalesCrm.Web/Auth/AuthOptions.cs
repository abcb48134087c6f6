using System.ComponentModel.DataAnnotations;

namespace SalesCrm.Web.Auth;

/// <summary>How quickly a disabled user or a changed role takes effect in open tabs and new requests; how long a session lasts; how fast passwords may be tried.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Open circuits re-check the user this often; must stay under a minute (a disabled user loses access within 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:59")]
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A session ends this long after signing in, however active it is (besides the sliding idle expiry).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Password attempts one client address may make per <see cref="SignInWindow"/> (an office behind one address signs in together in the morning).</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerClient { get; set; } = 100;

    /// <summary>Password attempts for one account per <see cref="SignInWindow"/>, from anywhere.</summary>
    [Range(1, 1_000)]
    public int SignInAttemptsPerAccount { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);
}
