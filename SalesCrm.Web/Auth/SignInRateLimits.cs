using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-2 (ASVS V6.3): password attempts — the sign-in form's posts — are limited per client address with a sliding
/// window, so password spraying across accounts is slow; a refused attempt gets 429 and a page that says why.
/// </summary>
public static class SignInRateLimits
{
    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<SignInThrottle>();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsPasswordAttempt(context.Request)
                ? RateLimitPartition.GetSlidingWindowLimiter(ClientOf(context), _ => Window(options.SignInAttemptsPerClient, options.SignInWindow))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = (context, cancellationToken) => new ValueTask(RefuseAsync(context.HttpContext, options.SignInWindow, cancellationToken));
        });
    }

    internal static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, SegmentsPerWindow = 10, QueueLimit = 0, AutoReplenishment = true };

    /// <summary>The readable refusal (429), in the user's language, with when to try again.</summary>
    public static async Task RefuseAsync(HttpContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.RequestServices.GetRequiredService<Texts>();
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{Texts.LanguageOf(CultureInfo.CurrentUICulture)}\"><head><meta charset=\"utf-8\"><title>SalesCrm</title>"
            + "<link rel=\"stylesheet\" href=\"/css/brand.css\"></head><body><section class=\"auth-card\"><h1>SalesCrm</h1>"
            + $"<p class=\"auth-error\" role=\"alert\" data-testid=\"too-many-attempts\">{WebUtility.HtmlEncode(texts["Login.TooManyAttempts", (int)window.TotalMinutes])}</p>"
            + $"<a class=\"crm-button\" href=\"/login\">{WebUtility.HtmlEncode(texts["Login.SignIn"])}</a></section></body></html>",
            cancellationToken);
    }

    private static bool IsPasswordAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase);

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
