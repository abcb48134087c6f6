using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>
/// Entra ID sign-in is configured from AzureAd:*; the challenge sends the browser to the tenant's authorize endpoint.
/// No network: the OpenID Connect back-channel is a fake that serves the tenant's discovery document.
/// </summary>
public sealed class EntraSignInTests(EntraSignInTests.App app) : IClassFixture<EntraSignInTests.App>
{
    private const string Authority = "https://login.microsoftonline.com/contoso-tenant-id";
    private const string ClientId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public async Task EntraChallenge_RedirectsToTheConfiguredTenantsAuthorizeEndpoint()
    {
        var location = await ChallengeAsync();

        Assert.StartsWith($"{Authority}/oauth2/v2.0/authorize", location.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntraChallenge_NamesTheConfiguredClientAndCallback()
    {
        var query = (await ChallengeAsync()).Query;

        Assert.Contains($"client_id={ClientId}", query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString("http://localhost/signin-oidc"), query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntraChallenge_ReadsTheTenantsMetadataFromTheConfiguredAuthority()
    {
        await ChallengeAsync();

        Assert.Contains(new Uri($"{Authority}/v2.0/.well-known/openid-configuration"), app.Backchannel.Requested);
    }

    private async Task<Uri> ChallengeAsync()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/account/entra?returnUrl=%2Fcustomers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    public sealed class App() : CrmAppFactory(Environments.Development, new Dictionary<string, string?>
    {
        ["Bootstrap:DemoData"] = "false",
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "contoso-tenant-id",
        ["AzureAd:ClientId"] = ClientId,
        ["AzureAd:CallbackPath"] = "/signin-oidc",
    })
    {
        public FakeEntra Backchannel { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Backchannel);
    }

    /// <summary>Serves the tenant's discovery document and an empty key set; anything else is a test failure.</summary>
    public sealed class FakeEntra : HttpMessageHandler
    {
        private readonly ConcurrentQueue<Uri> _requested = new();

        public IReadOnlyCollection<Uri> Requested => _requested;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            var uri = request.RequestUri!;
            _requested.Enqueue(uri);
            var body = uri.AbsoluteUri switch
            {
                $"{Authority}/v2.0/.well-known/openid-configuration" => $$"""
                    {
                      "issuer": "{{Authority}}/v2.0",
                      "authorization_endpoint": "{{Authority}}/oauth2/v2.0/authorize",
                      "token_endpoint": "{{Authority}}/oauth2/v2.0/token",
                      "end_session_endpoint": "{{Authority}}/oauth2/v2.0/logout",
                      "jwks_uri": "{{Authority}}/discovery/v2.0/keys",
                      "response_types_supported": ["code", "id_token", "code id_token"],
                      "subject_types_supported": ["pairwise"],
                      "id_token_signing_alg_values_supported": ["RS256"]
                    }
                    """,
                $"{Authority}/discovery/v2.0/keys" => """{"keys":[]}""",
                _ => null,
            };
            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
