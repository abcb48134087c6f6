using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-2 (ASVS V6.3): password attempts are limited per account, so spraying one account from many addresses is slow
/// too (the per-client limit is the rate limiter's, <see cref="SignInRateLimits"/>). Lockout after five failures stays
/// Identity's; this also slows attempts at addresses that do not exist, which lockout cannot.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetSlidingWindowLimiter(account, _ => SignInRateLimits.Window(options.Value.SignInAttemptsPerAccount, options.Value.SignInWindow)));

    /// <summary>Whether another attempt for <paramref name="email"/> may be tried now.</summary>
    public bool TryAttempt(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        using var lease = _perAccount.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _perAccount.Dispose();
}
