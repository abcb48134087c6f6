using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Tests.Web.Data;

// OWN-2: phone numbers are matched in E.164, with China as the default region.
public sealed class ContactMatchKeysTests
{
    [Theory]
    [InlineData("138 0013 8000")]
    [InlineData("138-0013-8000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("8613800138000")]
    [InlineData("(+86) 13800138000")]
    public void MobileNumberInAnyNotation_NormalisesToE164_OWN2(string typed)
    {
        Assert.Equal("+8613800138000", ContactMatchKeys.NormalisePhone(typed));
    }

    [Theory]
    [InlineData("021-6888 1234")]
    [InlineData("+86 21 6888 1234")]
    [InlineData("021 6888 1234 #56")]
    public void LandlineKeepsItsAreaCodeAndDropsTheExtension_OWN2(string typed)
    {
        Assert.Equal("+862168881234", ContactMatchKeys.NormalisePhone(typed));
    }

    [Fact]
    public void ForeignNumberWithCountryCode_KeepsItsCountry_OWN2()
    {
        Assert.Equal("+12025550123", ContactMatchKeys.NormalisePhone("+1 202-555-0123"));
    }
}
