using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Admin;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Admin;

// Users, roles and regions are for administrators only, and an administrator cannot lock themselves out.
public sealed class UserAdminServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;
    private CrmUser _administrator = null!;
    private UserSession _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _administrator = await _organisation.UserAsync(CrmRole.Administrator, _east, "Admin");
        _admin = _database.SignIn(_administrator);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(CrmRole.MarketingDirector)]
    [InlineData(CrmRole.SalesManager)]
    public async Task NonAdministrator_CannotListUsers(CrmRole role)
    {
        var session = _database.SignIn(await _organisation.UserAsync(role, _east));

        await Assert.ThrowsAsync<AccessDeniedException>(() => session.Admin.ListAsync(new PageRequest(0, 10)));
    }

    [Fact]
    public async Task CreatedUser_HasTheChosenRoleAndRegion()
    {
        var result = await _admin.Admin.CreateAsync(new UserFormModel
        {
            Email = "li.na@contoso.example", DisplayName = "Li Na", Role = CrmRole.SalesManager, RegionId = _east.Id, Password = "Initial#Passw0rd",
        });

        var user = await _admin.Users.FindByEmailAsync("li.na@contoso.example");
        Assert.Equal((result.Value, CrmRole.SalesManager, _east.Id), (user!.Id.ToString(), user.Role, user.RegionId));
    }

    [Fact]
    public async Task UserInARegionThatDoesNotExist_IsRefusedOnRegion()
    {
        var result = await _admin.Admin.CreateAsync(new UserFormModel
        {
            Email = "li.na@contoso.example", DisplayName = "Li Na", Role = CrmRole.SalesRep, RegionId = Guid.NewGuid(), Password = "Initial#Passw0rd",
        });

        Assert.Equal(["RegionId"], result.Errors.Keys);
    }

    [Fact]
    public async Task SEC2_SomeoneWaitingForAccess_IsShownSo_UntilTheAdministratorEnablesThem()
    {
        var newcomer = await _organisation.UserAsync(CrmRole.SalesRep, _east, "New Entra user");
        var user = (await _admin.Users.FindByIdAsync(newcomer.Id.ToString()))!;
        user.IsDisabled = true;
        await _admin.Users.UpdateAsync(user);
        await AccessRequests.RecordAsync(_admin.Users, user);
        Assert.True(await RowAsync(newcomer.Id) is { AwaitsAccess: true, IsDisabled: true });

        Assert.True((await _admin.Admin.SetDisabledAsync(newcomer.Id, disabled: false)).Succeeded);

        Assert.True(await RowAsync(newcomer.Id) is { AwaitsAccess: false, IsDisabled: false });
    }

    private async Task<UserRow> RowAsync(Guid id) => (await _admin.Admin.ListAsync(new PageRequest(0, 50))).Items.Single(r => r.Id == id);

    [Fact]
    public async Task AdministratorDisablingThemselves_IsRefused()
    {
        var result = await _admin.Admin.SetDisabledAsync(_administrator.Id, disabled: true);

        Assert.False(result.Succeeded);
        Assert.False((await _admin.Users.FindByIdAsync(_administrator.Id.ToString()))!.IsDisabled);
    }

    [Fact]
    public async Task AdministratorRemovingTheirOwnAdministratorRole_IsRefused()
    {
        var result = await _admin.Admin.UpdateAsync(new UserFormModel
        {
            Id = _administrator.Id, Email = _administrator.Email!, DisplayName = "Admin", Role = CrmRole.SalesRep, RegionId = _east.Id,
        });

        Assert.Equal(["Role"], result.Errors.Keys);
    }

    [Fact]
    public async Task EditedEmail_IsSaved()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "Zhang Wei");

        await _admin.Admin.UpdateAsync(new UserFormModel { Id = rep.Id, Email = "zhang.wei@contoso.example", DisplayName = "Zhang Wei", Role = CrmRole.SalesRep, RegionId = _east.Id });

        await using var db = _database.CreateContext();
        Assert.Equal("zhang.wei@contoso.example", await db.Users.Where(u => u.Id == rep.Id).Select(u => u.Email).SingleAsync());
    }

    [Fact]
    public async Task EditedEmail_AlreadyUsedByAnotherUser_IsRefusedNextToTheEmailField()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "Zhang Wei");

        var result = await _admin.Admin.UpdateAsync(new UserFormModel { Id = rep.Id, Email = _administrator.Email!, DisplayName = "Zhang Wei", Role = CrmRole.SalesRep, RegionId = _east.Id });

        Assert.Equal(["Email"], result.Errors.Keys);
        await using var db = _database.CreateContext();
        Assert.Equal(rep.Email, await db.Users.Where(u => u.Id == rep.Id).Select(u => u.Email).SingleAsync());
    }

    [Fact]
    public async Task ResetPassword_GivesAPasswordTheUserCanSignInWith()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east);

        var result = await _admin.Admin.ResetPasswordAsync(rep.Id);

        var users = _database.SignIn(rep).Users;
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(rep.Id.ToString()))!, result.Value!));
    }

    [Fact]
    public async Task RegionManager_MustBeASalesManagerOfThatRegion()
    {
        var west = await _organisation.RegionAsync("West");
        var westManager = await _organisation.UserAsync(CrmRole.SalesManager, west);

        var result = await _admin.Admin.SaveRegionAsync(_east.Id, "East", westManager.Id);

        Assert.Equal(["SalesManager"], result.Errors.Keys);
    }

    [Fact]
    public async Task SecondRegionWithTheSameName_IsRefused()
    {
        var result = await _admin.Admin.SaveRegionAsync(null, " East ", null);

        Assert.Equal(["Name"], result.Errors.Keys);
    }
}
