using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Auth;

/// <summary>Puts the user's role, region and display name, and when they signed in, into the sign-in cookie.</summary>
internal sealed class CrmClaimsPrincipalFactory(UserManager<CrmUser> users, IOptions<IdentityOptions> options, TimeProvider time)
    : UserClaimsPrincipalFactory<CrmUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CrmUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(ClaimsFor(user));
        identity.AddClaim(SessionLifetime.SignedInAt(time.GetUtcNow()));
        return identity;
    }

    public static IEnumerable<Claim> ClaimsFor(CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        yield return new Claim(ClaimTypes.Role, user.Role.ToString());
        yield return new Claim(CrmClaimTypes.Region, user.RegionId.ToString("D", CultureInfo.InvariantCulture));
        yield return new Claim(CrmClaimTypes.DisplayName, user.DisplayName);
    }
}
