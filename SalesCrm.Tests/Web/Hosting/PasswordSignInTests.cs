using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>Local accounts as the app configures Identity: password policy, lockout after five failures, disabled users kept out.</summary>
public sealed class PasswordSignInTests(PasswordSignInTests.App app) : IClassFixture<PasswordSignInTests.App>
{
    private const string Password = "Correct#Horse7";

    [Fact]
    public async Task RightPassword_SignsIn()
    {
        var email = await CreateUserAsync();

        var result = await SignInAsync(email, Password);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountEvenForTheRightPassword()
    {
        var email = await CreateUserAsync();

        var attempts = new List<SignInResult>();
        for (var i = 0; i < 5; i++)
        {
            attempts.Add(await SignInAsync(email, "Wrong#Passw0rd"));
        }

        Assert.Equal([false, false, false, false, true], attempts.Select(a => a.IsLockedOut));
        Assert.True((await SignInAsync(email, Password)).IsLockedOut);
    }

    [Fact]
    public async Task FourWrongPasswords_DoNotLockTheAccount()
    {
        var email = await CreateUserAsync();
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync(email, "Wrong#Passw0rd");
        }

        Assert.True((await SignInAsync(email, Password)).Succeeded);
    }

    [Fact]
    public async Task DisabledUser_CannotSignInWithTheRightPassword()
    {
        var email = await CreateUserAsync(disabled: true);

        var result = await SignInAsync(email, Password);

        Assert.Equal((false, true), (result.Succeeded, result.IsNotAllowed));
    }

    [Theory]
    [InlineData("short1!", "PasswordTooShort")]
    [InlineData("alllowercase#123", "PasswordRequiresUpper")]
    [InlineData("NoDigitsHere#", "PasswordRequiresDigit")]
    [InlineData("NoSymbols12345", "PasswordRequiresNonAlphanumeric")]
    [InlineData("Password#2026", "PasswordTooCommon")]
    [InlineData("!!Qwerty12345", "PasswordTooCommon")]
    [InlineData("Sunshine2026!", "PasswordTooCommon")]
    public async Task WeakPassword_IsRefusedByThePolicy(string password, string error)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();

        var result = await users.CreateAsync(await NewUserAsync(scope.ServiceProvider), password);

        Assert.Contains(error, result.Errors.Select(e => e.Code));
    }

    private async Task<string> CreateUserAsync(bool disabled = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await NewUserAsync(scope.ServiceProvider);
        user.IsDisabled = disabled;
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>().CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user.Email!;
    }

    private static async Task<CrmUser> NewUserAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<CrmDbContext>();
        var region = Region.Create($"Region {Guid.NewGuid():N}");
        db.Actor = AuditActor.System;
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var email = $"user.{Guid.NewGuid():N}@contoso.example";
        return new CrmUser { UserName = email, Email = email, DisplayName = "Test user", Role = CrmRole.SalesRep, RegionId = region.Id };
    }

    /// <summary>What the sign-in form does; the HTTP context only receives the cookie.</summary>
    private async Task<SignInResult> SignInAsync(string email, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CrmUser>>();
        signIn.Context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
    }

    public sealed class App() : CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false" });
}
