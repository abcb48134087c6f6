using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

/// <summary>SEC-1/SEC-3 at the edge, read from the running app on its loopback port, and the pages still work under the policy.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SecurityHeadersJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    private static readonly string[] BusiestPages = ["/", "/customers", "/pipeline", "/contracts", "/service", "/agenda"];

    [Theory]
    [InlineData("/login")]
    [InlineData("/customers")]
    [InlineData("/contracts/9b2f6a1e-3c55-4c1b-8f0e-2d6f0c7d1a11/pdf")]
    [InlineData("/css/brand.css")]
    public async Task SEC1_EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(App.BaseUrl) };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Matches(@"script-src 'self' 'nonce-[0-9a-f]{32}';", csp);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("0", Header(response, "X-XSS-Protection"));
        Assert.Contains("geolocation=(self)", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC1_EachResponse_HasItsOwnNonce_AndTheImportMapCarriesIt()
    {
        using var client = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };

        using var first = await client.GetAsync(new Uri("/login", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/login", UriKind.Relative));

        var nonce = System.Text.RegularExpressions.Regex.Match(Header(first, "Content-Security-Policy"), "'nonce-([^']+)'").Groups[1].Value;
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(nonce, Header(second, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public Task SEC1_TheBusiestPages_RunUnderThePolicy_WithoutAViolation() => JourneyAsync(async pages =>
    {
        var page = await SignInAsync("manager.east@demo.salescrm");
        pages.Add(page);
        await page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        foreach (var path in BusiestPages)
        {
            await GoAsync(page, path);
            await Expect(page.Locator("h1").First).ToBeVisibleAsync();
            Assert.Empty(await page.EvaluateAsync<string[]>("window.__csp"));
        }
    });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : string.Empty;
}
