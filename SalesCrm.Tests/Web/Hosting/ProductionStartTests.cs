using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Seed;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>SEC-4 in transit (HTTPS only, HSTS) and a production start without demo data or default passwords.</summary>
public sealed class ProductionStartTests(ProductionStartTests.App app) : IClassFixture<ProductionStartTests.App>
{
    private const string AdminEmail = "it.admin@contoso.example";

    [Fact]
    public async Task PlainHttpRequest_IsRedirectedToHttps()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://crm.contoso.example") });

        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.TemporaryRedirect, HttpStatusCode.PermanentRedirect });
        Assert.Equal(new Uri("https://crm.contoso.example/login"), response.Headers.Location);
    }

    [Fact]
    public async Task HttpsResponse_TellsBrowsersToStayOnHttps()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://crm.contoso.example") });

        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task SEC4_OutsideDevelopment_TheFormsCookieIsSecure_AndHttpOnly()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://crm.contoso.example") });

        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ProductionStart_SeedsNoDemoUsers()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

        var demoEmails = DemoOrganisation.Users.Select(u => u.Email).ToList();

        Assert.False(await db.Users.AnyAsync(u => demoEmails.Contains(u.Email!)));
        Assert.Equal(0, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task ConfiguredBootstrapAdministrator_IsTheOnlyUser()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

        var users = await db.Users.Select(u => new { u.Email, u.Role }).ToListAsync();

        Assert.Equal((AdminEmail, CrmRole.Administrator), users.Select(u => (u.Email, u.Role)).Single());
    }

    [Fact]
    public async Task LoginPage_ShowsNoDemoPassword()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://crm.contoso.example") });

        var html = await client.GetStringAsync(new Uri("/login", UriKind.Relative));

        Assert.DoesNotContain(DemoOrganisation.Password, html, StringComparison.Ordinal);
    }

    public sealed class App() : CrmAppFactory(Environments.Production, new Dictionary<string, string?>
    {
        ["https_port"] = "443",
        ["Bootstrap:DemoData"] = "false",
        ["Bootstrap:AdminEmail"] = AdminEmail,
        ["Bootstrap:AdminPassword"] = "Bootstrap#Passw0rd",
    });
}
