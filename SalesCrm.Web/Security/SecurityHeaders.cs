using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.HttpOverrides;

namespace SalesCrm.Web.Security;

/// <summary>
/// SEC-1/SEC-3 at the edge (OWASP ASVS V3, V14): every response says what a browser may do with it. Scripts come only
/// from the app, plus the one inline import map Blazor renders, allowed by a nonce fresh for each response; styles may
/// be inline because MudBlazor sets style attributes (see docs/decisions/0005); nothing may frame a page or a
/// download; no referrer leaves the app; only the app itself may ask for the position (VIS-2 check-in).
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "SalesCrm.CspNonce";

    /// <summary>The nonce of this response's inline import map, or null outside a request.</summary>
    public static string? NonceOf(HttpContext? context) => context?.Items[NonceKey] as string;

    /// <summary>HSTS for a year outside Development, and forwarded headers trusted only from the configured proxies.</summary>
    public static WebApplicationBuilder AddCrmSecurityHeaders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        var proxies = builder.Configuration.GetSection("Hosting:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline: behind a TLS proxy the scheme and client come from it (so cookies stay Secure), and every response gets the headers.</summary>
    public static WebApplication UseCrmSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.Use(async (context, next) =>
        {
            // Hex, not base64: a '+' would reach the page HTML-encoded, and the nonce must read the same in both places.
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";

                // The old browsers' XSS filter is itself a leak; the CSP does its work (OWASP: set it to 0).
                headers.XXSSProtection = "0";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
