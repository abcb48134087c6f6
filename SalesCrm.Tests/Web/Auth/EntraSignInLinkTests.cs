using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;

namespace SalesCrm.Tests.Web.Auth;

/// <summary>
/// After Entra ID has authenticated someone, the app links them to a local user and gives them the same principal as
/// a local sign-in: role from the Entra app roles (deny by default), disabled users kept out.
/// </summary>
public sealed class EntraSignInLinkTests(EntraSignInLinkTests.App app) : IClassFixture<EntraSignInLinkTests.App>
{
    [Fact]
    public async Task FirstEntraSignIn_CreatesTheUserWithTheRoleFromEntra()
    {
        var email = NewEmail();

        var principal = await ValidateTokenAsync(email, "SalesRep");

        var user = await FindAsync(email);
        Assert.Equal((CrmRole.SalesRep, user!.Id.ToString()), (user.Role, principal!.FindFirstValue(ClaimTypes.NameIdentifier)));
    }

    [Fact]
    public async Task EntraSignIn_GivesThePrincipalOfALocalSignIn()
    {
        var email = NewEmail();

        var principal = await ValidateTokenAsync(email, "ServiceAgent");

        var user = await FindAsync(email);
        Assert.Equal(new CurrentUser(user!.Id, user.DisplayName, CrmRole.ServiceAgent, user.RegionId), CurrentUserAccessor.FromPrincipal(principal!));
    }

    [Fact]
    public async Task KnownUser_GetsTheRoleEntraGivesNow()
    {
        var email = NewEmail();
        await ValidateTokenAsync(email, "SalesRep");

        await ValidateTokenAsync(email, "SalesManager", "SalesRep");

        Assert.Equal(CrmRole.SalesManager, (await FindAsync(email))!.Role);
    }

    [Fact]
    public async Task RoleChangedInEntra_EndsTheUsersOtherOpenTabs()
    {
        var email = NewEmail();
        await ValidateTokenAsync(email, "Administrator");
        var otherTab = TestPrincipals.For((await FindAsync(email))!);

        await ValidateTokenAsync(email, "SalesRep");

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        Assert.False(await CrmRevalidatingAuthenticationStateProvider.IsStillValidAsync(users, otherTab, new IdentityOptions()));
    }

    [Theory]
    [InlineData]
    [InlineData("Reader")]
    public async Task EntraUserWithoutSalesCrmRole_IsRefusedAndNotCreated(params string[] roles)
    {
        var email = NewEmail();

        var principal = await ValidateTokenAsync(email, roles);

        Assert.Null(principal);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task DisabledUser_IsRefusedDespiteAValidEntraToken()
    {
        var email = NewEmail();
        await ValidateTokenAsync(email, "SalesRep");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
            var user = await users.FindByEmailAsync(email);
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        Assert.Null(await ValidateTokenAsync(email, "SalesRep"));
    }

    [Fact]
    public async Task FirstEntraSignInBeforeAnyRegionExists_IsRefusedWithAMessage()
    {
        await using var empty = new CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false" });

        var principal = await ValidateTokenAsync(empty.Services, NewEmail(), "SalesRep");

        Assert.Null(principal);
    }

    private static string NewEmail() => $"entra.{Guid.NewGuid():N}@contoso.example";

    /// <summary>Runs the app's token-validated step on a token for <paramref name="email"/>; null when the sign-in was refused.</summary>
    private Task<ClaimsPrincipal?> ValidateTokenAsync(string email, params string[] roles) => ValidateTokenAsync(app.Services, email, roles);

    private static async Task<ClaimsPrincipal?> ValidateTokenAsync(IServiceProvider services, string email, params string[] roles)
    {
        await using var scope = services.CreateAsyncScope();
        var token = new ClaimsIdentity(
            [new Claim("preferred_username", email), new Claim("name", "Entra User"), .. roles.Select(r => new Claim("roles", r))],
            "AuthenticationTypes.Federation");
        var context = new TokenValidatedContext(
            new DefaultHttpContext { RequestServices = scope.ServiceProvider },
            new AuthenticationScheme(OpenIdConnectDefaults.AuthenticationScheme, null, typeof(OpenIdConnectHandler)),
            new OpenIdConnectOptions(),
            new ClaimsPrincipal(token),
            new AuthenticationProperties());

        await EntraSignIn.OnTokenValidated(context);

        return context.Result?.Failure is null ? context.Principal : null;
    }

    private async Task<CrmUser?> FindAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }

    /// <summary>A production-like start with the bootstrap administrator, so a default region exists for new Entra users.</summary>
    public sealed class App() : CrmAppFactory(Environments.Development, new Dictionary<string, string?>
    {
        ["Bootstrap:DemoData"] = "false",
        ["Bootstrap:AdminEmail"] = "it.admin@contoso.example",
        ["Bootstrap:AdminPassword"] = "Bootstrap#Passw0rd",
    });
}
