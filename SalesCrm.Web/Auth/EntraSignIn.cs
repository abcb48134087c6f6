using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Auth;

/// <summary>
/// After Entra ID has authenticated someone, links them to a local user (by e-mail; created on first sign-in in the
/// default region), takes their role from the Entra app roles and replaces the token's claims by ours, so the rest
/// of the app sees the same principal as for a local account.
/// </summary>
internal static class EntraSignIn
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignIn));
        var email = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("email");
        var role = EntraRoleMap.Map(principal.FindAll("roles").Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value));
        if (email is null || role is null)
        {
            logger.EntraRefused(email, "no e-mail or no SalesCrm app role");
            context.Fail("Your account has no SalesCrm role. Ask an administrator to assign one in Entra ID.");
            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<CrmUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<CrmDbContext>();
            var region = await db.Regions.OrderBy(r => r.Name).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
            if (region is null)
            {
                logger.EntraRefused(email, "no region exists yet for new users");
                context.Fail("SalesCrm has no region yet. An administrator must create one before the first Entra ID sign-in.");
                return;
            }

            user = new CrmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = principal.FindFirstValue("name") ?? email, Role = role.Value, RegionId = region.Value };
            db.Actor = AuditActor.System;
            await users.CreateAsync(user);
        }
        else if (user.Role != role.Value)
        {
            // A new stamp, as for a role change by an administrator: the user's other open tabs end at revalidation.
            user.Role = role.Value;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }

        if (user.IsDisabled)
        {
            logger.EntraRefused(email, "the user is disabled");
            context.Fail("Your SalesCrm account is disabled.");
            return;
        }

        // The same principal as a local sign-in (role, region, security stamp), so revalidation treats both alike.
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<CrmUser>>();
        context.Principal = await signIn.CreateUserPrincipalAsync(user);
        logger.EntraSignedIn(user.Id, user.Role);
    }
}
