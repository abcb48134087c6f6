using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Auth;

/// <summary>
/// After Entra ID has authenticated someone (SEC-2, ASVS V6.8): only tokens of the configured tenant count; the person
/// is the token's tenant and object id, kept as the local user's Entra login, never the e-mail a tenant may rename.
/// An existing local account is linked once, on the first Entra sign-in with its e-mail; a person SalesCrm does not
/// know yet is recorded as waiting for access until an administrator gives them a region and enables them. The role
/// comes from the Entra app roles, and the token's claims are replaced by ours, so the rest of the app sees the same
/// principal as for a local account.
/// </summary>
internal static class EntraSignIn
{
    public const string LoginProvider = "EntraId";

    /// <summary>Where a refused Entra sign-in lands, with <c>?reason=</c> one of <see cref="Waiting"/> or <see cref="Refused"/>.</summary>
    public const string OutcomePath = "/login/entra";

    public const string Waiting = "waiting";
    public const string Refused = "refused";

    private const string TenantIdClaim = "http://schemas.microsoft.com/identity/claims/tenantid";
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignIn));
        var email = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("email");
        var tenant = principal.FindFirstValue(TenantIdClaim) ?? principal.FindFirstValue("tid");
        var objectId = principal.FindFirstValue(ObjectIdClaim) ?? principal.FindFirstValue("oid");
        var configured = services.GetRequiredService<IConfiguration>()[$"{AuthSetup.EntraSection}:TenantId"];
        if (!Guid.TryParse(configured, out var expected) || !Guid.TryParse(tenant, out var actual) || actual != expected || !Guid.TryParse(objectId, out var person))
        {
            logger.EntraRefused(email, "not a token of the configured tenant (AzureAd:TenantId must be the tenant's id)");
            context.Fail(Refused);
            return;
        }

        var role = EntraRoleMap.Map(principal.FindAll("roles").Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value));
        if (email is null || role is null)
        {
            logger.EntraRefused(email, "no e-mail or no SalesCrm app role");
            context.Fail(Refused);
            return;
        }

        var users = services.GetRequiredService<UserManager<CrmUser>>();
        services.GetRequiredService<CrmDbContext>().Actor = AuditActor.System;
        var login = new UserLoginInfo(LoginProvider, $"{expected:D}/{person:D}", "Entra ID");
        var user = await users.FindByLoginAsync(login.LoginProvider, login.ProviderKey) ?? await LinkOrWaitAsync(context, users, login, email, role.Value, logger);
        if (user is null)
        {
            return;
        }

        if (user.Role != role.Value)
        {
            // A new stamp, as for a role change by an administrator: the user's other open tabs end at revalidation.
            user.Role = role.Value;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }

        if (user.IsDisabled)
        {
            var waiting = await AccessRequests.IsWaitingAsync(users, user);
            logger.EntraRefused(email, waiting ? "waiting for an administrator to give access" : "the user is disabled");
            context.Fail(waiting ? Waiting : Refused);
            return;
        }

        // The same principal as a local sign-in (role, region, security stamp), so revalidation treats both alike.
        context.Principal = await services.GetRequiredService<SignInManager<CrmUser>>().CreateUserPrincipalAsync(user);
        logger.EntraSignedIn(user.Id, user.Role);
    }

    /// <summary>
    /// A person not linked yet: the local account with their e-mail is linked if no other Entra person holds it; someone
    /// SalesCrm does not know is recorded, disabled, as waiting for an administrator. Null when the sign-in ends here.
    /// </summary>
    private static async Task<CrmUser?> LinkOrWaitAsync(TokenValidatedContext context, UserManager<CrmUser> users, UserLoginInfo login, string email, Domain.Organisation.CrmRole role, ILogger logger)
    {
        if (await users.FindByEmailAsync(email) is { } local)
        {
            if ((await users.GetLoginsAsync(local)).Any(l => l.LoginProvider == LoginProvider))
            {
                logger.EntraRefused(email, "the e-mail belongs to another Entra person");
                context.Fail(Refused);
                return null;
            }

            await users.AddLoginAsync(local, login);
            return local;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<CrmDbContext>();
        var placeholder = await db.Regions.OrderBy(r => r.Name).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
        if (placeholder is null)
        {
            logger.EntraRefused(email, "no region exists yet for new users");
            context.Fail(Refused);
            return null;
        }

        var principal = context.Principal!;
        var user = new CrmUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = principal.FindFirstValue("name") ?? email,
            Role = role, RegionId = placeholder.Value, IsDisabled = true,
        };
        await users.CreateAsync(user);
        await users.AddLoginAsync(user, login);
        await AccessRequests.RecordAsync(users, user);
        logger.EntraRefused(email, "a new person, now waiting for an administrator to give access");
        context.Fail(Waiting);
        return null;
    }
}
