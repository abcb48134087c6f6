using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Auth;

public sealed class SignInPrincipalTests
{
    [Fact]
    public async Task TestPrincipal_CarriesExactlyTheClaimsOfTheAppsSignIn()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var user = await organisation.UserAsync(CrmRole.SalesManager, await organisation.RegionAsync("East"), "Li Na");
        var session = database.SignIn(user);
        var appFactory = new CrmClaimsPrincipalFactory(session.Users, Options.Create(new IdentityOptions()), database.Time);

        var signedIn = await appFactory.CreateAsync(await session.Users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException());

        Assert.Equal(Describe(signedIn), Describe(TestPrincipals.For(user)));
    }

    [Fact]
    public async Task CurrentUser_IsReadFromIdRoleRegionAndDisplayNameClaims()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var region = await organisation.RegionAsync("East");
        var user = await organisation.UserAsync(CrmRole.ServiceAgent, region, "Chen Jing");

        var current = CurrentUserAccessor.FromPrincipal(TestPrincipals.For(user));

        Assert.Equal(new CurrentUser(user.Id, "Chen Jing", CrmRole.ServiceAgent, region.Id), current);
    }

    [Fact]
    public void AnonymousPrincipal_IsNoUser()
    {
        Assert.Null(CurrentUserAccessor.FromPrincipal(TestPrincipals.Anonymous));
    }

    [Fact]
    public void AuthenticatedPrincipalWithoutRegion_IsNoUser()
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, nameof(CrmRole.SalesRep))],
            IdentityConstants.ApplicationScheme);

        Assert.Null(CurrentUserAccessor.FromPrincipal(new ClaimsPrincipal(identity)));
    }

    private static string[] Describe(ClaimsPrincipal principal) =>
        [.. principal.Claims.Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal), $"auth={principal.Identity?.AuthenticationType}"];
}
