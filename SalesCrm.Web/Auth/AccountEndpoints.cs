using Microsoft.AspNetCore.Antiforgery;
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
        // SEC-2: signing out is a form post carrying the antiforgery token, so another site cannot sign a user out.
        endpoints.MapPost("/account/logout", async Task<IResult> (HttpContext context, [FromServices] IAntiforgery antiforgery, [FromServices] SignInManager<CrmUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/login");
        });

        endpoints.MapGet("/account/entra", (HttpContext context, [FromQuery] string? returnUrl) =>
            AuthSetup.EntraConfigured(context.RequestServices.GetRequiredService<IConfiguration>())
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl.OrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.NotFound()).AllowAnonymous();

        endpoints.MapGet("/culture/set", (HttpContext context, [FromQuery] string culture, [FromQuery] string? redirectUri) =>
        {
            var language = Texts.Languages.Contains(culture) ? culture : Texts.English;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, HttpOnly = true });
            return TypedResults.LocalRedirect(LocalUrl.OrHome(redirectUri));
        }).AllowAnonymous();

        return endpoints;
    }
}
