using SalesCrm.Domain.Ownership;

namespace SalesCrm.Tests.Domain.Ownership;

/// <summary>OWN-2: names that are one company share a key; different companies do not.</summary>
public sealed class CompanyNameKeyTests
{
    [Theory]
    [InlineData("华为技术有限公司", "華為技術有限公司")] // traditional vs simplified
    [InlineData("华为技术有限公司", "华为技术股份有限公司")] // legal-form variants
    [InlineData("华为技术有限公司", "华为技术有限责任公司")]
    [InlineData("上海华信(集团)有限公司", "上海华信集团有限公司")] // (集团) and punctuation
    [InlineData("上海华信（集团）有限公司", "上海华信 (集团) 有限公司")] // full-width brackets and spaces
    [InlineData("ＡＢＣ科技有限公司", "abc科技有限公司")] // full-width Latin and case
    [InlineData("Greenfield Logistics Co., Ltd.", "GREENFIELD LOGISTICS LIMITED")]
    [InlineData("Northstar Medical Devices Inc.", "Northstar Medical Devices, Incorporated")]
    [InlineData("Summit Automation GmbH", "summit automation")]
    [InlineData("Crescent Materials LLC", "Crescent-Materials L.L.C.")]
    [InlineData("Orion Tools Corp.", "Orion Tools Corporation")]
    public void SameCompanyWrittenDifferently_HasTheSameKey_OWN2(string first, string second)
    {
        Assert.Equal(CompanyNameKey.For(first), CompanyNameKey.For(second));
        Assert.NotEmpty(CompanyNameKey.For(first));
    }

    [Theory]
    [InlineData("华为技术有限公司", "华为终端有限公司")]
    [InlineData("上海华信有限公司", "苏州华信有限公司")]
    [InlineData("Greenfield Logistics Co., Ltd.", "Greenfield Foods Co., Ltd.")]
    public void DifferentCompanies_HaveDifferentKeys_OWN2(string first, string second)
    {
        Assert.NotEqual(CompanyNameKey.For(first), CompanyNameKey.For(second));
    }

    [Fact]
    public void Key_KeepsTheDistinctivePart_OWN2()
    {
        Assert.Equal("华为技术", CompanyNameKey.For("華為技術股份有限公司"));
        Assert.Equal("greenfieldlogistics", CompanyNameKey.For("Greenfield Logistics Co., Ltd."));
    }

    [Fact]
    public void NameThatIsOnlyALegalForm_IsNotStrippedToNothing_OWN2()
    {
        Assert.Equal("公司", CompanyNameKey.For("公司"));
    }

    [Fact]
    public void TraditionalTable_CoversOpenCCsCharacterDictionary_OWN2()
    {
        Assert.True(ChineseScript.TableSize > 3000);
        Assert.Equal("华为腾讯", ChineseScript.ToSimplified("華為騰訊"));
        Assert.Equal("Acme 华为", ChineseScript.ToSimplified("Acme 華為"));
    }
}
