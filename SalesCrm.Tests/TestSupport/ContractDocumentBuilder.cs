using SalesCrm.Web.Features.Contracts.Pdf;

namespace SalesCrm.Tests.TestSupport;

/// <summary>A complete CON-4 contract document (Chinese seller, foreign-invested buyer) unless told otherwise.</summary>
public sealed class ContractDocumentBuilder
{
    private static readonly (string Code, string Name, string Unit, decimal Price)[] Catalogue =
    [
        ("FL-3T", "3吨电动叉车 3 t electric forklift, lithium battery, 4.5 m mast", "台", 128_000m),
        ("PT-2T", "手动液压搬运车 Manual pallet truck", "台", 2_350.50m),
        ("BAT-48", "48V 锂电池组 48 V lithium battery pack", "组", 36_800m),
        ("SVC-Y1", "年度维保服务 Annual maintenance service (on-site, 4 visits)", "项", 18_000m),
        ("CHG-01", "智能充电机 Smart charger", "台", 6_420.80m),
    ];

    private string _number = "HT-2025-0042";
    private string _buyerName = "华为技术有限公司";
    private int _lines = 6;
    private decimal _breachPercent = 5m;
    private string? _watermark;
    private decimal? _firstUnitPrice;

    public ContractDocumentBuilder Numbered(string number)
    {
        _number = number;
        return this;
    }

    public ContractDocumentBuilder WithBuyer(string name)
    {
        _buyerName = name;
        return this;
    }

    public ContractDocumentBuilder WithLines(int count)
    {
        _lines = count;
        return this;
    }

    public ContractDocumentBuilder WithFirstUnitPrice(decimal price)
    {
        _firstUnitPrice = price;
        return this;
    }

    public ContractDocumentBuilder WithBreachPercent(decimal percent)
    {
        _breachPercent = percent;
        return this;
    }

    public ContractDocumentBuilder WithWatermark(string text)
    {
        _watermark = text;
        return this;
    }

    public ContractDocument Build()
    {
        var lines = Enumerable.Range(1, _lines).Select(n =>
        {
            var item = Catalogue[(n - 1) % Catalogue.Length];
            var price = n == 1 && _firstUnitPrice is { } first ? first : item.Price;
            var quantity = n % 3 + 1;
            return new ContractDocumentLine(n, $"{item.Code}-{n:000}", item.Name, item.Unit, quantity, price, quantity * price);
        }).ToList();
        var total = lines.Sum(l => l.LineTotal);
        var deposit = decimal.Round(total * 0.3m, 2);
        return new ContractDocument
        {
            ContractNumber = _number,
            Title = "产品销售合同 Sales Contract",
            Version = 2,
            IssueDate = new DateOnly(2025, 3, 14),
            Currency = "CNY",
            Seller = new ContractParty("杭州东方叉车制造有限公司 Hangzhou Dongfang Forklift Manufacturing Co., Ltd.",
                "浙江省杭州市余杭区文一西路 1188 号 1188 Wenyi West Road, Yuhang District, Hangzhou, Zhejiang",
                "91330110MA2B3C4D1R", "王建国 Wang Jianguo", "0571-8888 6666 · sales@dongfang-forklift.cn"),
            Buyer = new ContractParty(_buyerName,
                "广东省深圳市龙岗区坂田华为基地 Huawei Base, Bantian, Longgang District, Shenzhen, Guangdong",
                "91440300MA5G8K2L3N", "Anna Schmidt (授权代表 Authorised representative)", "+86 755 2878 0000"),
            Lines = lines,
            Total = total,
            DeliveryDate = new DateOnly(2025, 4, 30),
            PaymentMethod = "银行转账 Bank transfer",
            PaymentTermDays = 30,
            PaymentSchedule =
            [
                new ContractInstalment(new DateOnly(2025, 3, 21), deposit, "预付款 30%，合同签订后 7 日内 Advance payment 30%, within 7 days of signing"),
                new ContractInstalment(new DateOnly(2025, 5, 30), total - deposit, "尾款 70%，交货验收后 30 日内 Balance 70%, within 30 days of delivery and acceptance"),
            ],
            BreachCompensationPercent = _breachPercent,
            SigningMethod = "纸质合同，双方盖章 Paper contract, sealed by both parties",
            ServiceCommitments =
                "1. 卖方提供为期十二个月的免费质保，质保期自验收合格之日起计算。 The seller gives a free twelve-month warranty from the date of acceptance.\n" +
                "2. 卖方在接到故障通知后 48 小时内响应，72 小时内到达现场。 The seller responds within 48 hours of a fault report and is on site within 72 hours.\n" +
                "3. 卖方为买方操作人员提供一次现场培训，并在交货后每月回访一次。 The seller trains the buyer's operators once on site and makes a return visit every month after delivery.",
            Watermark = _watermark,
        };
    }
}
