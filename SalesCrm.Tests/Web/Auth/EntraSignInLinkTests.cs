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
/// SEC-2: after Entra ID has authenticated someone, the app accepts only its tenant, knows the person by tenant and
/// object id, links an existing local account once by e-mail, lets a new person wait for an administrator, and gives
/// the same principal as a local sign-in: role from the Entra app roles (deny by default), disabled users kept out.
/// </summary>
public sealed class EntraSignInLinkTests(EntraSignInLinkTests.App app) : IClassFixture<EntraSignInLinkTests.App>
{
    private const string Tenant = "3f6b2a51-7c1e-4d9a-a2b4-2c9e8f10d001";

    [Fact]
    public async Task SEC2_FirstEntraSignInOfSomeoneNew_RecordsThemWaitingForAccess_WithTheRoleFromEntra()
    {
        var email = NewEmail();

        var outcome = await SignInAsync(email, Guid.NewGuid(), "SalesRep");

        var user = await FindAsync(email);
        Assert.Equal((EntraSignIn.Waiting, CrmRole.SalesRep, true), (outcome.Failure, user!.Role, user.IsDisabled));
        Assert.True(await WaitsAsync(user));
    }

    [Fact]
    public async Task SEC2_OnceAnAdministratorEnablesThem_TheyAreSignedInWithThePrincipalOfALocalSignIn()
    {
        var email = NewEmail();
        var person = Guid.NewGuid();
        await SignInAsync(email, person, "ServiceAgent");
        await EnableAsync(email);

        var outcome = await SignInAsync(email, person, "ServiceAgent");

        var user = await FindAsync(email);
        Assert.Equal(new CurrentUser(user!.Id, user.DisplayName, CrmRole.ServiceAgent, user.RegionId), CurrentUserAccessor.FromPrincipal(outcome.Principal!));
        Assert.False(await WaitsAsync(user));
    }

    [Fact]
    public async Task SEC2_ATokenOfAnotherTenant_IsRefused_AndNobodyIsRecorded()
    {
        var email = NewEmail();

        var outcome = await SignInAsync(email, Guid.NewGuid(), ["SalesRep"], tenant: Guid.NewGuid().ToString());

        Assert.Equal(EntraSignIn.Refused, outcome.Failure);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task SEC2_ALocalAccountIsLinkedOnce_ThenThePersonIsKnownByTheirObjectId_NotByTheEMail()
    {
        var email = NewEmail();
        var person = Guid.NewGuid();
        await CreateLocalUserAsync(email);

        var first = await SignInAsync(email, person, "SalesRep");
        var renamed = await SignInAsync($"renamed.{email}", person, "SalesRep");
        var someoneElseWithTheEmail = await SignInAsync(email, Guid.NewGuid(), "SalesRep");

        var user = await FindAsync(email);
        Assert.Equal(user!.Id.ToString(), first.Principal!.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal(user.Id.ToString(), renamed.Principal!.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal(EntraSignIn.Refused, someoneElseWithTheEmail.Failure);
    }

    [Fact]
    public async Task KnownUser_GetsTheRoleEntraGivesNow()
    {
        var (email, person) = await ActiveEntraUserAsync("SalesRep");

        await SignInAsync(email, person, "SalesManager", "SalesRep");

        Assert.Equal(CrmRole.SalesManager, (await FindAsync(email))!.Role);
    }

    [Fact]
    public async Task RoleChangedInEntra_EndsTheUsersOtherOpenTabs()
    {
        var (email, person) = await ActiveEntraUserAsync("Administrator");
        var otherTab = TestPrincipals.For((await FindAsync(email))!);

        await SignInAsync(email, person, "SalesRep");

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

        var outcome = await SignInAsync(email, Guid.NewGuid(), roles);

        Assert.Equal(EntraSignIn.Refused, outcome.Failure);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task DisabledUser_IsRefusedDespiteAValidEntraToken()
    {
        var (email, person) = await ActiveEntraUserAsync("SalesRep");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
            var user = await users.FindByEmailAsync(email);
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        Assert.Equal(EntraSignIn.Refused, (await SignInAsync(email, person, "SalesRep")).Failure);
    }

    [Fact]
    public async Task FirstEntraSignInBeforeAnyRegionExists_IsRefused()
    {
        await using var empty = new CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false", ["AzureAd:TenantId"] = Tenant });

        var outcome = await SignInAsync(empty.Services, NewEmail(), Guid.NewGuid(), ["SalesRep"], Tenant);

        Assert.Equal(EntraSignIn.Refused, outcome.Failure);
    }

    private sealed record Outcome(ClaimsPrincipal? Principal, string? Failure);

    /// <summary>Someone already signed in with Entra and enabled: a local account linked at their first Entra sign-in.</summary>
    private async Task<(string Email, Guid Person)> ActiveEntraUserAsync(string role)
    {
        var email = NewEmail();
        var person = Guid.NewGuid();
        await CreateLocalUserAsync(email);
        Assert.NotNull((await SignInAsync(email, person, role)).Principal);
        return (email, person);
    }

    private async Task CreateLocalUserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.Actor = SalesCrm.Web.Data.Auditing.AuditActor.System;
        var region = await db.Regions.Select(r => r.Id).FirstAsync();
        var user = new CrmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Local user", Role = CrmRole.SalesRep, RegionId = region };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>().CreateAsync(user)).Succeeded);
    }

    /// <summary>What the administrator does on the users page: switch the account on.</summary>
    private async Task EnableAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        scope.ServiceProvider.GetRequiredService<CrmDbContext>().Actor = SalesCrm.Web.Data.Auditing.AuditActor.System;
        var user = (await users.FindByEmailAsync(email))!;
        user.IsDisabled = false;
        await users.UpdateAsync(user);
        await AccessRequests.GrantAsync(users, user);
    }

    private async Task<bool> WaitsAsync(CrmUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await AccessRequests.IsWaitingAsync(scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>(), user);
    }

    private static string NewEmail() => $"entra.{Guid.NewGuid():N}@contoso.example";

    /// <summary>Runs the app's token-validated step on a token of <paramref name="tenant"/> for one person.</summary>
    private Task<Outcome> SignInAsync(string email, Guid person, params string[] roles) => SignInAsync(email, person, roles, Tenant);

    private Task<Outcome> SignInAsync(string email, Guid person, string[] roles, string tenant) => SignInAsync(app.Services, email, person, roles, tenant);

    private static async Task<Outcome> SignInAsync(IServiceProvider services, string email, Guid person, string[] roles, string tenant)
    {
        await using var scope = services.CreateAsyncScope();
        var token = new ClaimsIdentity(
            [
                new Claim("preferred_username", email), new Claim("name", "Entra User"), new Claim("tid", tenant), new Claim("oid", person.ToString()),
                .. roles.Select(r => new Claim("roles", r)),
            ],
            "AuthenticationTypes.Federation");
        var context = new TokenValidatedContext(
            new DefaultHttpContext { RequestServices = scope.ServiceProvider },
            new AuthenticationScheme(OpenIdConnectDefaults.AuthenticationScheme, null, typeof(OpenIdConnectHandler)),
            new OpenIdConnectOptions(),
            new ClaimsPrincipal(token),
            new AuthenticationProperties());

        await EntraSignIn.OnTokenValidated(context);

        return context.Result?.Failure is { } failure ? new Outcome(null, failure.Message) : new Outcome(context.Principal, null);
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
        ["AzureAd:TenantId"] = Tenant,
    });
}
