using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Customers;

// CUS-1 / OWN-2: the unified social credit code is validated as GB 32100-2015 builds it, so it can serve as a hard match key.
public sealed class UsccTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the example of GB 32100-2015
    [InlineData("91110000802100433B")]
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("9144030071526726XG")] // 深圳市腾讯计算机系统有限公司
    [InlineData("91440300708461136T")] // 腾讯科技（深圳）有限公司
    [InlineData("91330100799655058B")] // 阿里巴巴（中国）网络技术有限公司
    [InlineData("91440300192317458F")] // 比亚迪股份有限公司
    [InlineData("9144030010001686XA")] // 招商银行股份有限公司
    [InlineData("91520000214434146R")] // 中航重机股份有限公司
    [InlineData("91340111MA2RAD3M4R")] // 蔚来控股有限公司, an organisation code issued since 2015 (MA…)
    [InlineData("91110000710939135P")] // 中国联合网络通信有限公司
    [InlineData("121200004013590816")] // a public institution (12) registered in Tianjin
    public void PublishedCodes_AreValid_OWN2(string code)
    {
        Assert.Null(Uscc.Validate(code));
        Assert.Equal(code, Uscc.Parse(code)!.Value);
    }

    [Theory]
    [InlineData("91110302562134916R")] // 北京京东世纪信息技术有限公司, 北京经济技术开发区
    [InlineData("911103027404017237")] // 中芯国际集成电路制造（北京）有限公司, the same zone
    [InlineData("91320594780268314T")] // a company of 苏州工业园区
    [InlineData("91330104662322199G")] // 浙江元正工程管理有限公司, 杭州市江干区 (merged into other districts in 2021)
    public void PublishedCodeOfADivisionTheTableDoesNotHold_IsValid_CUS1(string code)
    {
        Assert.False(AdministrativeDivisions.IsDivision(code.Substring(2, 6)));
        Assert.Null(Uscc.Validate(code));
    }

    /// <summary>The codes python-stdnum's tests hold as found online (tests/test_cn_uscc.doctest): companies, sole traders, a public institution.</summary>
    [Fact]
    public void CodesPublishedOnline_AreAllValid_OWN2()
    {
        var codes = File.ReadLines(Path.Combine(SourceTree.Root.FullName, "SalesCrm.Tests", "Domain", "Customers", "Data", "UsccPublished.txt"))
            .Where(line => line.Length > 0 && line[0] != '#').ToList();

        Assert.Equal(200, codes.Count);
        Assert.All(codes, code => Assert.Null(Uscc.Validate(code)));
    }

    [Theory]
    [InlineData("12100000400000771")] // 机构编制: a public institution of the State (100000)
    [InlineData("21110000MC0000004")] // 外交: a resident foreign news agency
    [InlineData("31330000MD0137434")] // 司法行政: a law firm
    [InlineData("41110000MC1234566")] // 文化: a foreign cultural centre
    [InlineData("5110000050000047X")] // 民政: a social organisation of the State, its organisation check digit X
    [InlineData("61110000MC3210875")] // 旅游: a foreign tourism office
    [InlineData("71330106MB1520390")] // 宗教: a place of worship
    [InlineData("81330106MC274316X")] // 工会: a trade union
    [InlineData("92330106MA2H4KQ75")] // 工商: a sole trader (个体工商户)
    [InlineData("A1110000MB0312653")] // 中央军委改革和编制办公室: a military public institution
    [InlineData("N2330106MF6Q1C2A2")] // 农业: a village collective economic organisation
    [InlineData("Y1440300MA5DXXXX8")] // 其他
    public void CodeOfEachRegistrationAuthority_CompletedWithItsCheckCharacter_IsValid_CUS1(string first17)
    {
        Assert.Null(Uscc.Validate(first17 + Uscc.CheckCharacter(first17)));
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("9135")]
    public void CodeOfWrongLength_IsRefusedWithLengthError_OWN2(string code)
    {
        Assert.Equal("Uscc.Length", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void CodeWithForbiddenLetter_IsRefusedWithCharactersError_OWN2(char letter)
    {
        var code = "91350100" + letter + "000100Y43";

        Assert.Equal("Uscc.Characters", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("01350100M000100Y4C")] // 0 is no authority
    [InlineData("B1350100M000100Y41")]
    public void CodeOfNoRegistrationAuthority_IsRefusedWithAuthorityError_CUS1(string code)
    {
        Assert.Equal("Uscc.Authority", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("94350100M000100Y4R")] // market regulation registers 1 企业, 2 个体工商户, 3 农民专业合作社 only
    [InlineData("Y2350100M000100Y4A")] // 其他 has the one category 1
    public void CodeWithACategoryItsAuthorityDoesNotGive_IsRefusedWithCategoryError_CUS1(string code)
    {
        Assert.Equal("Uscc.Category", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("91990100M000100Y4U")] // no province 99
    [InlineData("91350012M000100Y4A")] // a county code with no city (00)
    [InlineData("913501A0M000100Y4X")] // a letter among the division's digits
    [InlineData("91100001M000100Y4A")] // the State's code is 100000 alone
    public void CodeWithNoAdministrativeDivision_IsRefusedWithDivisionError_CUS1(string code)
    {
        Assert.Equal("Uscc.Division", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("91350100M000100Y56")]
    [InlineData("91350100M000100YXG")]
    [InlineData("91350100M000100Y34")] // the last two characters swapped
    public void CodeWhoseOrganisationCodeFailsItsCheckDigit_IsRefusedWithOrganisationCheckError_CUS1(string code)
    {
        Assert.Equal("Uscc.OrganisationCheck", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("914430001922038216")] // two digits of 华为's division swapped: 443000 has a division's form, the organisation code is intact
    public void CodeWithWrongCheckCharacter_IsRefusedWithChecksumError_OWN2(string code)
    {
        Assert.Equal("Uscc.Checksum", Uscc.Validate(code)?.Code);
    }

    [Theory]
    [InlineData("91350100M000100Y", '4')] // letters count from 10 (A): M is 22, Y 34
    [InlineData("5110000050000047", 'X')] // 11 - 1 = 10
    [InlineData("9135010000000000", '0')] // 11 - 0 = 11
    [InlineData("9144030019220382", '1')]
    public void OrganisationCheckCharacter_IsGB11714sCheckDigitOverCharacters9To16_CUS1(string first16, char check)
    {
        Assert.Equal(check, Uscc.OrganisationCheckCharacter(first16));
    }

    [Theory]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData("91350100m000100y43")]
    [InlineData(" 9135 0100 M000 100Y 43 ")]
    public void FullWidthLowercaseOrSpacedInput_IsNormalisedToTheCanonicalCode_OWN2(string typed)
    {
        Assert.Equal("91350100M000100Y43", Uscc.Parse(typed)!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyInput_IsNoCodeAndNoError(string? typed)
    {
        Assert.Null(Uscc.Validate(typed));
        Assert.Null(Uscc.Parse(typed));
    }

    [Fact]
    public void ParsingInvalidCode_ThrowsDomainExceptionWithTheErrorCode()
    {
        var error = Assert.Throws<DomainException>(() => Uscc.Parse("91350100M000100Y44"));

        Assert.Equal("Uscc.Checksum", error.Code);
    }
}
