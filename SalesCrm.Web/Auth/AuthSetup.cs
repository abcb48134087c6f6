using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Identity.Web;
using SalesCrm.Web.Data;

namespace SalesCrm.Web.Auth;

public static class AuthSetup
{
    public const string EntraSection = "AzureAd";

    public static bool EntraConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?[$"{EntraSection}:ClientId"]);

    /// <summary>Identity local accounts (password policy, lockout), Entra ID when AzureAd:ClientId is set, and revalidation of open circuits.</summary>
    public static WebApplicationBuilder AddCrmAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var authSection = builder.Configuration.GetSection(AuthOptions.Section);
        services.AddOptions<AuthOptions>().Bind(authSection).ValidateDataAnnotations().ValidateOnStart();
        var authOptions = authSection.Get<AuthOptions>() ?? new AuthOptions();

        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = SecureCookies(builder.Environment));
        services.AddScoped<AuthenticationStateProvider, CrmRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentUserAccessor>();

        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        services.AddIdentityCore<CrmUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager<CrmSignInManager>()
            .AddClaimsPrincipalFactory<CrmClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = authOptions.RevalidationInterval;
            o.OnRefreshingPrincipal = context =>
            {
                SessionLifetime.Carry(context.CurrentPrincipal!, context.NewPrincipal!);
                return Task.CompletedTask;
            };
        });
        services.AddSignInRateLimits(authOptions);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.Cookie.Name = "SalesCrm.Auth";

            // Outside Development the app runs behind TLS: its cookies never travel in clear.
            o.Cookie.SecurePolicy = SecureCookies(builder.Environment);

            // A page sends the browser to sign in (or to the no-access page); a download or other endpoint answers
            // 401/403, so a script or a saved link never receives the sign-in form instead of a file.
            o.Events.OnRedirectToLogin = context => RedirectPagesOnly(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectPagesOnly(context, StatusCodes.Status403Forbidden);

            // SEC-2: besides the sliding idle expiry, a session ends a fixed time after signing in.
            var validateStamp = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                await validateStamp(context);
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (context.Principal is { } principal && SessionLifetime.IsOver(principal, now, authOptions.AbsoluteSessionLifetime))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });

        if (EntraConfigured(builder.Configuration))
        {
            authentication.AddMicrosoftIdentityWebApp(builder.Configuration.GetSection(EntraSection), OpenIdConnectDefaults.AuthenticationScheme, cookieScheme: null);
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.SignInScheme = IdentityConstants.ApplicationScheme;
                var previous = o.Events.OnTokenValidated;
                o.Events.OnTokenValidated = async context =>
                {
                    await previous(context);
                    await EntraSignIn.OnTokenValidated(context);
                };

                // A refused or waiting Entra sign-in lands on a page that says which, not on an error page.
                o.Events.OnRemoteFailure = context =>
                {
                    var reason = context.Failure?.Message == EntraSignIn.Waiting ? EntraSignIn.Waiting : EntraSignIn.Refused;
                    context.Response.Redirect($"{EntraSignIn.OutcomePath}?reason={reason}");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        // SEC-1, deny by default: every page and endpoint needs a signed-in user unless it is marked [AllowAnonymous].
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()).AddPagePolicies();
        return builder;
    }

    public static CookieSecurePolicy SecureCookies(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    /// <summary>Whether the request is for a page (a routable component) rather than a download or another endpoint.</summary>
    public static bool IsPage(HttpContext context) =>
        context?.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    private static Task RedirectPagesOnly(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsPage(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
