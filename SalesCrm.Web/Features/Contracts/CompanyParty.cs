using System.ComponentModel.DataAnnotations;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>The company as a party to its contracts (setting <c>Contracts:Company</c>).</summary>
public sealed class CompanyParty
{
    [Required]
    public string Name { get; set; } = "星辰智能装备有限公司 Xingchen Intelligent Equipment Co., Ltd.";

    public string Address { get; set; } = "上海市浦东新区张江路 88 号 88 Zhangjiang Road, Pudong, Shanghai";

    public string Uscc { get; set; } = "91310115MA1K4B2X1X";

    public string Representative { get; set; } = "陈建国 Chen Jianguo";

    public string Contact { get; set; } = "021-5080 8888 · sales@xingchen.example";
}
