using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Admin;

namespace SalesCrm.Tests.Web.Auth;

/// <summary>
/// Open tabs re-check their user every <see cref="AuthOptions.RevalidationInterval"/> (under a minute): a disabled user,
/// or one whose access an administrator changed, loses the tab at the next check.
/// </summary>
public sealed class RevalidationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CrmUser _rep = null!;
    private Region _west = null!;
    private UserSession _admin = null!;
    private ClaimsPrincipal _openTab = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var east = await organisation.RegionAsync("East");
        _west = await organisation.RegionAsync("West");
        _rep = await organisation.UserAsync(CrmRole.SalesRep, east, "Zhang Wei");
        _admin = _database.SignIn(await organisation.UserAsync(CrmRole.Administrator, east));
        _openTab = TestPrincipals.For(_rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ActiveUserWithTheCurrentStamp_StaysSignedIn()
    {
        Assert.True(await IsStillValidAsync(_openTab));
    }

    [Fact]
    public async Task UserDisabledByAnAdministrator_IsSignedOut()
    {
        await _admin.Admin.SetDisabledAsync(_rep.Id, disabled: true);

        Assert.False(await IsStillValidAsync(_openTab));
    }

    [Fact]
    public async Task UserDisabledAndEnabledAgain_MustSignInAgain()
    {
        await _admin.Admin.SetDisabledAsync(_rep.Id, disabled: true);
        await _admin.Admin.SetDisabledAsync(_rep.Id, disabled: false);

        Assert.False(await IsStillValidAsync(_openTab));
    }

    [Fact]
    public async Task UserWhoseRoleAnAdministratorChanged_IsSignedOut()
    {
        await _admin.Admin.UpdateAsync(Form(role: CrmRole.SalesManager));

        Assert.False(await IsStillValidAsync(_openTab));
    }

    [Fact]
    public async Task UserMovedToAnotherRegion_IsSignedOut()
    {
        await _admin.Admin.UpdateAsync(Form(region: _west.Id));

        Assert.False(await IsStillValidAsync(_openTab));
    }

    [Fact]
    public async Task UserWhosePasswordAnAdministratorReset_IsSignedOut()
    {
        await _admin.Admin.ResetPasswordAsync(_rep.Id);

        Assert.False(await IsStillValidAsync(_openTab));
    }

    [Fact]
    public async Task RenamingAUser_KeepsTheirTabsOpen()
    {
        var renamed = await _admin.Admin.UpdateAsync(Form(displayName: "Zhang Wei (East)"));

        Assert.True(renamed.Succeeded);
        Assert.True(await IsStillValidAsync(_openTab));
    }

    [Fact]
    public async Task PrincipalOfAnotherDatabasesUser_IsSignedOut()
    {
        var stranger = new CrmUser { Id = Guid.NewGuid(), UserName = "x@y.z", SecurityStamp = "s", DisplayName = "x", Role = CrmRole.Administrator, RegionId = _west.Id };

        Assert.False(await IsStillValidAsync(TestPrincipals.For(stranger)));
    }

    [Theory]
    [InlineData("00:00:01", true)]
    [InlineData("00:00:30", true)]
    [InlineData("00:00:59", true)]
    [InlineData("00:01:00", false)]
    [InlineData("00:05:00", false)]
    [InlineData("00:00:00", false)]
    public void RevalidationInterval_MustStayUnderAMinute(string interval, bool valid)
    {
        var options = new AuthOptions { RevalidationInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };

        var result = new DataAnnotationValidateOptions<AuthOptions>(Options.DefaultName).Validate(Options.DefaultName, options);

        Assert.Equal(valid, result.Succeeded);
    }

    /// <summary>What the open circuit runs at each interval, in a fresh scope as the app does.</summary>
    private Task<bool> IsStillValidAsync(ClaimsPrincipal principal) =>
        CrmRevalidatingAuthenticationStateProvider.IsStillValidAsync(_database.SignIn(_rep).Users, principal, new IdentityOptions());

    private UserFormModel Form(CrmRole? role = null, Guid? region = null, string? displayName = null) => new()
    {
        Id = _rep.Id,
        Email = _rep.Email!,
        DisplayName = displayName ?? _rep.DisplayName,
        Role = role ?? _rep.Role,
        RegionId = region ?? _rep.RegionId,
    };
}
