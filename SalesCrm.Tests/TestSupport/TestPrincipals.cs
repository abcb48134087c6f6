using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// The principal a signed-in <see cref="CrmUser"/> carries, built as the app's sign-in does (Identity's user id, name,
/// e-mail and security stamp, then <see cref="CrmClaimsPrincipalFactory.ClaimsFor"/> and the sign-in time, at the tests' start);
/// a test checks the two agree.
/// </summary>
public static class TestPrincipals
{
    public static ClaimsPrincipal For(CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var options = new ClaimsIdentityOptions();
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, options.UserNameClaimType, options.RoleClaimType);
        identity.AddClaim(new Claim(options.UserIdClaimType, user.Id.ToString("D", CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(options.UserNameClaimType, user.UserName ?? string.Empty));
        if (user.Email is not null)
        {
            identity.AddClaim(new Claim(options.EmailClaimType, user.Email));
        }

        if (user.SecurityStamp is not null)
        {
            identity.AddClaim(new Claim(options.SecurityStampClaimType, user.SecurityStamp));
        }

        identity.AddClaims(CrmClaimsPrincipalFactory.ClaimsFor(user));
        identity.AddClaim(SessionLifetime.SignedInAt(TestDatabase.Start));
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());
}
