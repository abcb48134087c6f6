using System.Globalization;
using System.Security.Claims;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-2 (ASVS V7.3): a session ends <see cref="AuthOptions.AbsoluteSessionLifetime"/> after signing in, however active
/// — so a copied cookie does not live for ever by sliding. The sign-in time travels in the principal
/// (<see cref="CrmClaimTypes.SignedInAt"/>); both the cookie and an open tab's revalidation ask here.
/// </summary>
public static class SessionLifetime
{
    public static Claim SignedInAt(DateTimeOffset now) =>
        new(CrmClaimTypes.SignedInAt, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    /// <summary>True once the lifetime since signing in is over; a principal that does not say when it signed in is over too.</summary>
    public static bool IsOver(ClaimsPrincipal principal, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return !long.TryParse(principal.FindFirstValue(CrmClaimTypes.SignedInAt), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || now - DateTimeOffset.FromUnixTimeSeconds(seconds) >= lifetime;
    }

    /// <summary>A refreshed principal (new role, region or name) keeps the time its session began.</summary>
    public static void Carry(ClaimsPrincipal from, ClaimsPrincipal to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.FindFirst(CrmClaimTypes.SignedInAt) is { } signedIn && to.Identity is ClaimsIdentity identity)
        {
            identity.RemoveClaim(identity.FindFirst(CrmClaimTypes.SignedInAt));
            identity.AddClaim(new Claim(signedIn.Type, signedIn.Value, signedIn.ValueType));
        }
    }
}
