using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Auth;

/// <summary>Sign-out, the Entra ID challenge and the language switch: plain HTTP endpoints, since they set cookies.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async ([FromServices] SignInManager<CrmUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/login");
        });

        endpoints.MapGet("/account/entra", (HttpContext context, [FromQuery] string? returnUrl) =>
            AuthSetup.EntraConfigured(context.RequestServices.GetRequiredService<IConfiguration>())
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = SafeLocal(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.NotFound()).AllowAnonymous();

        endpoints.MapGet("/culture/set", (HttpContext context, [FromQuery] string culture, [FromQuery] string? redirectUri) =>
        {
            var language = Texts.Languages.Contains(culture) ? culture : Texts.English;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            return TypedResults.LocalRedirect(SafeLocal(redirectUri));
        }).AllowAnonymous();

        return endpoints;
    }

    private static string SafeLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
