using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>
/// SEC-1, deny by default, read from the app's own route table: every page sends an anonymous visitor to sign in and
/// every other endpoint answers 401, except the few declared public; each role opens exactly its work pages and is
/// told "no access" on the others.
/// </summary>
public sealed partial class DenyByDefaultTests(DenyByDefaultTests.App app) : IClassFixture<DenyByDefaultTests.App>
{
    /// <summary>What anyone may reach: signing in, the language switch, the Entra challenge and its outcome, "not found" and the health probe.</summary>
    private static readonly string[] Public = ["/login", "/login/entra", "/not-found", "/culture/set", "/account/entra", "/health"];

    private const string R = "SalesRep", AM = "AccountManager", SM = "SalesManager", D = "MarketingDirector", SA = "ServiceAgent", SV = "ServiceManager", L = "Legal", C = "Collector", A = "Administrator";

    /// <summary>The spec of which roles open which work pages; a page not listed here is open to every signed-in user.</summary>
    private static readonly Dictionary<string, string[]> WorkPages = new(StringComparer.Ordinal)
    {
        ["/customers"] = [R, AM, SM, D, SA, SV, A],
        ["/care"] = [R, AM, SM, D, SA, SV, A],
        ["/customers/tiers"] = [R, AM, SM, D, SA, SV, A],
        ["/leads"] = [R, AM, SM, D, A],
        ["/leads/new"] = [R, AM, SM, D, A],
        ["/leads/import"] = [SM, D, A],
        ["/pipeline"] = [R, AM, SM, D, A],
        ["/pipeline/funnel"] = [R, AM, SM, D, A],
        ["/ownership/pool"] = [R, AM, SM, D, A],
        ["/ownership/collisions"] = [SM, D, A],
        ["/ownership/disputes"] = [R, AM, SM, D, A],
        ["/agenda"] = [R, AM, SM],
        ["/customers/notices"] = [SM, D, SV, C, A],
        ["/service"] = [SM, D, SA, SV, A],
        ["/service/new"] = [SA, SV],
        ["/service/dashboard"] = [SM, D, SA, SV, A],
        ["/contracts"] = [R, AM, SM, D, L, C, A],
        ["/contracts/ledger"] = [R, AM, SM, D, L, C, A],
        ["/receivables"] = [R, AM, SM, D, L, C, A],
        ["/receivables/monthly"] = [SM, D, C, A],
        ["/visits/compliance"] = [AM, SM, D, A],
        ["/visits/late"] = [SM, D, A],
        ["/customers/churn"] = [SM, D, A],
        ["/admin/users"] = [A],
        ["/admin/regions"] = [A],
        ["/admin/lost-reasons"] = [D, A],
        ["/admin/exports"] = [D, A],
        ["/performance"] = [R, AM, SM, D, C, A],
        ["/performance/ranking"] = [R, AM, SM, D, C, A],
        ["/ownership/hand-over"] = [SM, D, A],
        ["/performance/targets"] = [SM, D, A],
        ["/performance/reviews"] = [R, AM, SM, D, A],
    };

    public static TheoryData<CrmRole> Roles => new(Enum.GetValues<CrmRole>());

    [Fact]
    public void SEC1_OnlyTheDeclaredEndpoints_AreOpenToAnonymousVisitors()
    {
        var open = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => Path(e.RoutePattern.RawText!)).Order();

        Assert.Equal(Public.Order(), open);
    }

    [Fact]
    public async Task SEC1_EveryPageSendsAnAnonymousVisitorToSignIn_AndEveryOtherEndpointAnswers401()
    {
        using var client = Client();
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = Path(endpoint.RoutePattern.RawText!);
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : HttpMethods.Get;
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var right = isPage
                ? response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/login?ReturnUrl=", StringComparison.Ordinal)
                : response.StatusCode == HttpStatusCode.Unauthorized;
            if (!right)
            {
                wrong.Add($"{method} {path}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(wrong);
        Assert.True(Endpoints().Count(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null) > 30, "The route table lists the app's pages.");
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task SEC1_EachRoleOpensExactlyItsWorkPages_AndIsToldItHasNoAccessToTheOthers(CrmRole role)
    {
        using var client = Client();
        var cookie = await SignInCookieAsync(role);
        var wrong = new List<string>();
        foreach (var path in Pages().Where(p => p != "/access-denied"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request);
            var allowed = !WorkPages.TryGetValue(path, out var roles) || roles.Contains(role.ToString());
            var right = allowed
                ? response.StatusCode == HttpStatusCode.OK
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/access-denied", StringComparison.Ordinal);
            if (!right)
            {
                wrong.Add($"{path}: {(allowed ? "should open" : "should be refused")}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task SEC1_TheNoAccessPage_TellsTheSignedInUserWhoTheyAre_WithA403()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/access-denied");
        request.Headers.Add("Cookie", await SignInCookieAsync(CrmRole.Legal));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Legal user", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null);

    private IEnumerable<string> Pages() =>
        Endpoints().Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => Path(e.RoutePattern.RawText!)).Distinct().Order();

    /// <summary>A request path for a route: a record id for a guid, a real month for a statement, a file for a catch-all.</summary>
    private static string Path(string pattern) =>
        "/" + Parameter().Replace(pattern.TrimStart('/'), m => m.Groups["name"].Value switch
        {
            "year" => "2026",
            "month" => "3",
            _ when m.Value.Contains(":guid", StringComparison.Ordinal) => "9b2f6a1e-3c55-4c1b-8f0e-2d6f0c7d1a11",
            _ => "missing.txt",
        });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A user of <paramref name="role"/>, signed in as the sign-in form would: the cookies the app issues for them.</summary>
    private async Task<string> SignInCookieAsync(CrmRole role)
    {
        var user = await AppAccounts.CreateAsync(app.Services, role);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var http = new DefaultHttpContext { RequestServices = services };
        var signIn = services.GetRequiredService<SignInManager<CrmUser>>();
        signIn.Context = http;
        await signIn.SignInAsync(user, isPersistent: false);
        return string.Join("; ", http.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
    }

    public sealed class App() : CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false" });
}
