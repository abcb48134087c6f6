using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Tests.TestSupport;

/// <summary>The issuing company the statement builders share, the seller of <see cref="ContractDocumentBuilder"/>.</summary>
public static class StatementParties
{
    public static StatementParty Seller { get; } = new(
        "杭州东方叉车制造有限公司 Hangzhou Dongfang Forklift Manufacturing Co., Ltd.",
        "浙江省杭州市余杭区文一西路 1188 号 1188 Wenyi West Road, Yuhang District, Hangzhou, Zhejiang",
        "91330110MA2B3C4D1R",
        "0571-8888 6666 · sales@dongfang-forklift.cn");
}
