using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>SEC-2 on the real sign-in form and endpoints (ASVS V6): attempts are limited, failures all read the same, sign-out needs its token.</summary>
public sealed partial class SignInHardeningTests
{
    private const string Password = AppAccounts.Password;

    [Fact]
    public async Task SEC2_PasswordSprayingFromOneClient_IsRefusedWith429AndAPageThatSaysWhy()
    {
        await using var app = new LimitedApp(perClient: 3, perAccount: 100);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await PostSignInAsync(client, $"user{i}@contoso.example", "Wrong#Passw0rd");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many sign-in attempts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SEC2_ManyAttemptsAtOneAccount_AreRefusedEvenForTheRightPassword_UntilTheWindowPasses()
    {
        await using var app = new LimitedApp(perClient: 100, perAccount: 2);
        var email = await CreateUserAsync(app, disabled: false);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var first = await PostSignInAsync(client, email, "Wrong#Passw0rd");
        using var second = await PostSignInAsync(client, email, "Wrong#Passw0rd");
        using var third = await PostSignInAsync(client, email, Password);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Too many sign-in attempts", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC2_AWrongPassword_AnUnknownAccount_ALockedAccountAndADisabledOne_AllReadTheSame()
    {
        await using var app = new LimitedApp(perClient: 100, perAccount: 100);
        var locked = await CreateUserAsync(app, disabled: false);
        var disabled = await CreateUserAsync(app, disabled: true);
        var wrong = await CreateUserAsync(app, disabled: false);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            (await PostSignInAsync(client, locked, "Wrong#Passw0rd")).Dispose();
        }

        var messages = new List<string>();
        foreach (var (email, password) in new[] { (wrong, "Wrong#Passw0rd"), ("nobody@contoso.example", Password), (locked, Password), (disabled, Password) })
        {
            using var response = await PostSignInAsync(client, email, password);
            messages.Add(ErrorOf(await response.Content.ReadAsStringAsync()));
        }

        Assert.Single(messages.Distinct());
        Assert.StartsWith("Sign-in failed.", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC2_ASignInWithAReturnUrlLeavingTheApp_LandsOnTheHomePage()
    {
        await using var app = new LimitedApp(perClient: 100, perAccount: 100);
        var email = await CreateUserAsync(app, disabled: false);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await PostSignInAsync(client, email, Password, returnUrl: "/\\evil.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal((client.BaseAddress!.Host, "/"), (target.Host, target.PathAndQuery));
    }

    [Fact]
    public async Task SEC2_SigningOutWithoutTheFormsToken_IsRefused_AndTheSessionStays()
    {
        await using var app = new LimitedApp(perClient: 100, perAccount: 100);
        var email = await CreateUserAsync(app, disabled: false);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await PostSignInAsync(client, email, Password)).Dispose();

        using var forged = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent([]));
        using var stillIn = await client.GetAsync(new Uri("/notifications", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task SEC2_AnActiveSession_EndsTwelveHoursAfterSigningIn_ThoughItKeepsSliding()
    {
        await using var app = new ClockedApp();
        var email = await CreateUserAsync(app, disabled: false);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await PostSignInAsync(client, email, Password)).Dispose();

        var statuses = new List<HttpStatusCode>();
        foreach (var hours in new[] { 5, 5, 1, 2 })
        {
            app.Clock.Advance(TimeSpan.FromHours(hours));
            using var response = await client.GetAsync(new Uri("/notifications", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        // Used every few hours, the sliding 10-hour idle expiry never ends it; at 13 hours the absolute lifetime does.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Redirect], statuses);
    }

    /// <summary>What the browser does: load the form (its antiforgery token and cookie), then post it.</summary>
    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/login" : $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    private static string ErrorOf(string html) => WebUtility.HtmlDecode(LoginError().Match(html).Groups[1].Value);

    private static async Task<string> CreateUserAsync(CrmAppFactory app, bool disabled) =>
        (await AppAccounts.CreateAsync(app.Services, disabled: disabled)).Email!;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-testid=\"login-error\">([^<]*)<")]
    private static partial Regex LoginError();

    /// <summary>The app on a clock the test moves (the cookie's expiry and the session lifetime both read it).</summary>
    private sealed class ClockedApp() : CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false" })
    {
        public FakeTimeProvider Clock { get; } = new(TestDatabase.Start);

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private sealed class LimitedApp(int perClient, int perAccount) : CrmAppFactory(Environments.Development, new Dictionary<string, string?>
    {
        ["Bootstrap:DemoData"] = "false",
        ["Auth:SignInAttemptsPerClient"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Auth:SignInAttemptsPerAccount"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
