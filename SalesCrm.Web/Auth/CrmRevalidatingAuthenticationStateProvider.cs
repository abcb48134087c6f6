using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Auth;

/// <summary>
/// Re-checks an open circuit's user every <see cref="AuthOptions.RevalidationInterval"/>: a disabled user, or one whose
/// security stamp changed (role, region or password changed by an administrator), or whose session is past its
/// absolute lifetime (<see cref="SessionLifetime"/>), is signed out of the open tab.
/// </summary>
internal sealed class CrmRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> identityOptions,
    IOptions<AuthOptions> authOptions,
    TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => authOptions.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (SessionLifetime.IsOver(authenticationState.User, time.GetUtcNow(), authOptions.Value.AbsoluteSessionLifetime))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        return await IsStillValidAsync(users, authenticationState.User, identityOptions.Value);
    }

    internal static async Task<bool> IsStillValidAsync(UserManager<CrmUser> users, ClaimsPrincipal principal, IdentityOptions options)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        return stamp is null || stamp == await users.GetSecurityStampAsync(user);
    }
}
