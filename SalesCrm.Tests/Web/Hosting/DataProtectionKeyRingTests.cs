using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>
/// SEC-4: the Data Protection key ring that signs sign-in cookies is kept in the database, so a cookie outlives a restart
/// (and works on every server), and each key is encrypted with the contact key, so a copy of the database alone cannot
/// read or forge one.
/// </summary>
public sealed class DataProtectionKeyRingTests : IDisposable
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"salescrm-keyring-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task SEC4_ASignInCookie_StillSignsTheUserIn_AfterTheAppRestarts()
    {
        var cookie = await IssueCookieAsync("Li Lei");

        await using var restarted = App(TestContactKey.Base64);

        Assert.Equal("Li Lei", Cookies(restarted).Unprotect(cookie)?.Principal.Identity?.Name);
    }

    [Fact]
    public async Task SEC4_ACopyOfTheDatabaseWithoutTheContactKey_CannotReadASignInCookie()
    {
        var cookie = await IssueCookieAsync("Li Lei");

        await using var thief = App(Convert.ToBase64String(ContactProtector.NewKey()));

        Assert.Null(Cookies(thief).Unprotect(cookie));
    }

    [Fact]
    public async Task SEC4_TheKeyRingInTheDatabase_HoldsNoKeyInClear()
    {
        await IssueCookieAsync("Li Lei");

        await using var app = App(TestContactKey.Base64);
        await using var scope = app.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<CrmDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<contactKeyEncrypted", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Signs a user in on one start of the app, on this test's database, and stops it.</summary>
    private async Task<string> IssueCookieAsync(string name)
    {
        await using var app = App(TestContactKey.Base64);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], IdentityConstants.ApplicationScheme));
        return Cookies(app).Protect(new AuthenticationTicket(principal, IdentityConstants.ApplicationScheme));
    }

    private CrmAppFactory App(string contactKey) => new(Environments.Production, new Dictionary<string, string?>
    {
        ["Database:ConnectionString"] = $"Data Source={_databaseFile}",
        ["ContactProtection:Key"] = contactKey,
    });

    /// <summary>How the app writes and reads its sign-in cookie.</summary>
    private static ISecureDataFormat<AuthenticationTicket> Cookies(CrmAppFactory app) =>
        app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
}
