using System.Globalization;

namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>
/// CON-4: every fixed text of the contract PDF, Chinese then English, as contracts with foreign-invested buyers are
/// written; kept here so the layout code reads as layout and a translator finds all wording in one file.
/// </summary>
internal static class ContractPdfLabels
{
    public const string ContractNumber = "合同编号 Contract No.";
    public const string Version = "版本 Version";
    public const string IssueDate = "签订日期 Date";
    public const string Currency = "币种 Currency";

    public const string Seller = "卖方（甲方） Seller (Party A)";
    public const string Buyer = "买方（乙方） Buyer (Party B)";
    public const string Representative = "代表人 Representative";

    public const string Preamble =
        "甲乙双方本着平等互利的原则，经友好协商，就下列产品的买卖达成如下条款，共同遵守。\n" +
        "The parties, on the basis of equality and mutual benefit and after friendly consultation, agree on the sale of the products below on the following terms.";

    public const string LinesHeading = "第一条 产品、数量及价款  Article 1 Products, quantities and prices";
    public const string LineNumberZh = "序号";
    public const string LineNumberEn = "No.";
    public const string ProductCodeZh = "产品编码";
    public const string ProductCodeEn = "Code";
    public const string ProductNameZh = "产品名称";
    public const string ProductNameEn = "Product";
    public const string UnitZh = "单位";
    public const string UnitEn = "Unit";
    public const string QuantityZh = "数量";
    public const string QuantityEn = "Qty";
    public const string UnitPriceZh = "单价";
    public const string UnitPriceEn = "Unit price";
    public const string AmountZh = "金额";
    public const string AmountEn = "Amount";

    public const string PaymentHeading = "第二条 交货与付款  Article 2 Delivery and payment";
    public const string DeliveryDate = "交货日期 Delivery date";
    public const string PaymentMethod = "付款方式 Payment method";
    public const string PaymentTerms = "账期 Payment terms";
    public const string ScheduleIntro = "买方按下列付款计划付款，不得推迟合同规定的付款日期。 The buyer pays according to the schedule below; the due dates it fixes may not be postponed.";
    public const string InstalmentZh = "期次";
    public const string InstalmentEn = "No.";
    public const string DueDateZh = "付款日期";
    public const string DueDateEn = "Due date";
    public const string DescriptionZh = "说明";
    public const string DescriptionEn = "Description";

    public const string BreachHeading = "第三条 违约责任  Article 3 Breach of contract";
    public const string ServiceHeading = "第四条 服务承诺  Article 4 Service commitments";

    public const string SigningHeading = "第五条 合同签署  Article 5 Signing";
    public const string SigningMethod = "签署方式 Signing method";
    public const string Counterparts =
        "本合同一式两份，双方各执一份，具有同等法律效力，自双方签字盖章之日起生效。\n" +
        "This contract is made in two counterparts of equal force, one for each party, and takes effect when both parties have signed and sealed it.";

    public static string Total(string currency) => $"合计 Total ({currency})";

    public static string Days(int days) => string.Create(CultureInfo.InvariantCulture, $"{days} 天 days");

    public static string BreachClause(decimal percent)
    {
        var value = percent.ToString("0.##", CultureInfo.InvariantCulture);
        return $"任何一方违约，应按合同总额的 {value}% 向守约方支付违约金。\n" +
               $"A party in breach pays the other party {value}% of the contract total as compensation.";
    }

    public static string VersionText(int version) => string.Create(CultureInfo.InvariantCulture, $"第 {version} 版 Version {version}");
}
