using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Auth;

// Entra ID app roles carry our role names; several give the most powerful; none (or unknown ones) lets nobody in.
public sealed class EntraRoleMapTests
{
    public static TheoryData<CrmRole> Roles => [.. Enum.GetValues<CrmRole>()];

    [Theory]
    [MemberData(nameof(Roles))]
    public void AppRoleNamedAfterARole_MapsToThatRole(CrmRole role)
    {
        Assert.Equal(role, EntraRoleMap.Map([role.ToString()]));
    }

    [Fact]
    public void AppRoleName_IsMatchedIgnoringCase()
    {
        Assert.Equal(CrmRole.SalesManager, EntraRoleMap.Map(["salesmanager"]));
    }

    [Theory]
    [InlineData(CrmRole.Administrator, "SalesRep", "Administrator", "Legal")]
    [InlineData(CrmRole.MarketingDirector, "ServiceManager", "MarketingDirector")]
    [InlineData(CrmRole.SalesManager, "SalesManager", "ServiceManager")]
    [InlineData(CrmRole.AccountManager, "ServiceAgent", "AccountManager", "SalesRep")]
    [InlineData(CrmRole.Legal, "Collector", "Legal")]
    public void SeveralAppRoles_GiveTheMostPowerfulOne(CrmRole expected, params string[] appRoles)
    {
        Assert.Equal(expected, EntraRoleMap.Map(appRoles));
    }

    [Fact]
    public void UnknownAppRolesAreIgnored_NextToAKnownOne()
    {
        Assert.Equal(CrmRole.SalesRep, EntraRoleMap.Map(["Reader", "SalesRep", "Task.Write"]));
    }

    [Theory]
    [InlineData]
    [InlineData("Reader")]
    [InlineData("")]
    [InlineData("Admin")]
    public void NoKnownAppRole_LetsNobodyIn(params string[] appRoles)
    {
        Assert.Null(EntraRoleMap.Map(appRoles));
    }

    [Theory]
    [InlineData("9")]
    [InlineData("3")]
    [InlineData("AccountManager,SalesRep")]
    public void NumbersOrCommaListsThatAreNotRoleNames_LetNobodyIn(string appRole)
    {
        Assert.Null(EntraRoleMap.Map([appRole]));
    }
}
