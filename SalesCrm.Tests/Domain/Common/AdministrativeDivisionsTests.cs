using SalesCrm.Domain.Common;

namespace SalesCrm.Tests.Domain.Common;

// CUS-1: the administrative divisions (GB/T 2260) that USCCs are registered under; OWN-2 will read company names by them.
public sealed class AdministrativeDivisionsTests
{
    [Fact]
    public void Table_HoldsThe31ProvincesAndTheirCitiesAndCounties_CUS1()
    {
        var levels = AdministrativeDivisions.All.CountBy(d => d.Level).ToDictionary();

        Assert.Equal((31, 342, 2975), (levels[DivisionLevel.Province], levels[DivisionLevel.City], levels[DivisionLevel.County]));
    }

    [Theory]
    [InlineData("330000", "浙江省", DivisionLevel.Province, null)]
    [InlineData("330100", "杭州市", DivisionLevel.City, "330000")]
    [InlineData("330106", "西湖区", DivisionLevel.County, "330100")]
    [InlineData("110100", "市辖区", DivisionLevel.City, "110000")] // Beijing's districts, grouped
    [InlineData("441900", "东莞市", DivisionLevel.City, "440000")] // a city without counties
    [InlineData("469001", "五指山市", DivisionLevel.County, "469000")] // a county-level city the province governs directly
    public void ProvinceCityAndCountyCodes_AreDivisions_WithNameAndParent_CUS1(string code, string name, DivisionLevel level, string? parent)
    {
        var division = AdministrativeDivisions.Find(code);

        Assert.True(AdministrativeDivisions.IsDivision(code));
        Assert.Equal((name, level, parent), (division!.Name, division.Level, division.ParentCode));
    }

    [Theory]
    [InlineData("330104")] // 江干区, merged into other districts of 杭州 in 2021
    [InlineData("990000")]
    [InlineData("330012")]
    [InlineData("100000")] // the State registers under it, but it is no division
    [InlineData("33010")]
    [InlineData("")]
    public void OtherCodes_AreNoDivisions_CUS1(string code)
    {
        Assert.False(AdministrativeDivisions.IsDivision(code));
        Assert.Empty(AdministrativeDivisions.Lineage(code));
    }

    [Theory]
    [InlineData("330106", "浙江省 杭州市 西湖区")]
    [InlineData("110101", "北京市 市辖区 东城区")]
    [InlineData("330100", "浙江省 杭州市")]
    [InlineData("450000", "广西壮族自治区")]
    public void Lineage_GoesFromTheProvinceDownToTheDivision_CUS1(string code, string names)
    {
        Assert.Equal(names, string.Join(' ', AdministrativeDivisions.Lineage(code).Select(d => d.Name)));
    }

    [Theory]
    [InlineData("110000", "北京")]
    [InlineData("330000", "浙江")]
    [InlineData("230000", "黑龙江")]
    [InlineData("330100", "杭州")]
    [InlineData("450000", "广西")]
    [InlineData("150000", "内蒙古")]
    [InlineData("540000", "西藏")]
    [InlineData("640000", "宁夏")]
    [InlineData("650000", "新疆")]
    [InlineData("222400", "延边")] // 延边朝鲜族自治州
    [InlineData("522600", "黔东南")] // 黔东南苗族侗族自治州
    [InlineData("532800", "西双版纳")] // 西双版纳傣族自治州
    [InlineData("653000", "克孜勒苏")] // 克孜勒苏柯尔克孜自治州
    [InlineData("152200", "兴安")] // 兴安盟
    [InlineData("542500", "阿里")] // 阿里地区
    [InlineData("330106", null)] // a county goes by its full name only
    [InlineData("110100", null)] // 市辖区 is no place
    public void ProvincesAndCities_HaveTheShortNameTheyAreWrittenBy_CUS1(string code, string? shortName)
    {
        Assert.Equal(shortName, AdministrativeDivisions.Find(code)!.ShortName);
    }

    [Fact]
    public void EveryProvinceAndCity_HasAShortName_WithoutItsPeoplesOrForm_CUS1()
    {
        string[] groupings = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];
        var wrong = AdministrativeDivisions.All
            .Where(d => d.Level != DivisionLevel.County && !groupings.Contains(d.Name))
            .Where(d => d.ShortName is not { Length: >= 2 } s || s.Contains('族', StringComparison.Ordinal) || s.Contains("自治", StringComparison.Ordinal) || !d.Name.StartsWith(s, StringComparison.Ordinal))
            .Select(d => $"{d.Code} {d.Name}: {d.ShortName}");

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("广西壮族自治区南宁市", 0, "广西壮族自治区")]
    [InlineData("广西南宁", 0, "广西")]
    [InlineData("浙江省杭州市西湖区", 0, "浙江省")]
    [InlineData("浙江省杭州市西湖区", 3, "杭州市")]
    [InlineData("浙江省杭州市西湖区", 6, "西湖区")]
    [InlineData("北京朝阳", 0, "北京")]
    [InlineData("华为技术有限公司", 0, null)]
    [InlineData("杭州", 2, null)]
    [InlineData("", 0, null)]
    public void LongestNameAt_FindsTheLongestNameOrShortNameThere_CUS1(string text, int index, string? name)
    {
        var match = AdministrativeDivisions.LongestNameAt(text, index);

        Assert.Equal(name, match?.Text);
        Assert.True(match is null || match.Index == index);
    }

    [Theory]
    [InlineData("鼓楼区", "320106 320302 350102 410204")] // 南京, 徐州, 福州, 开封
    [InlineData("吉林", "220000 220200")] // the province and its city
    [InlineData("海南", "460000 632500")] // the province and 海南藏族自治州 in 青海
    [InlineData("西湖区", "330106 360103")] // 杭州 and 南昌
    public void NameOfSeveralDivisions_MatchesThemAll_CUS1(string name, string codes)
    {
        var match = AdministrativeDivisions.LongestNameAt(name, 0);

        Assert.Equal(codes, string.Join(' ', match!.Divisions.Select(d => d.Code).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("杭州西湖科技有限公司", "0:杭州")]
    [InlineData("浙江吉利控股集团有限公司", "0:浙江")]
    [InlineData("信达生物制药（苏州）有限公司", "7:苏州")]
    [InlineData("北京京东世纪贸易有限公司(北京)", "0:北京 13:北京")]
    [InlineData("广西壮族自治区桂林市华信电子有限公司", "0:广西壮族自治区")]
    [InlineData("阿里巴巴（中国）网络技术有限公司", "0:阿里")] // 阿里地区's short name: telling a brand from a place is for its reader; 中国 is no division
    [InlineData("华为技术有限公司", "")]
    [InlineData("Pacific Rim Trading (Shanghai) Ltd.", "")]
    public void FindInCompanyName_FindsTheNamesAtTheStartAndAtTheStartOfBrackets_CUS1(string companyName, string found)
    {
        var matches = AdministrativeDivisions.FindInCompanyName(companyName);

        Assert.Equal(found, string.Join(' ', matches.Select(m => $"{m.Index}:{m.Text}")));
    }
}
