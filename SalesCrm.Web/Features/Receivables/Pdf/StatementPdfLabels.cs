using SalesCrm.Domain.Receivables;
using System.Globalization;
using SalesCrm.Web.Features.Pdf;

namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>AR-2, AR-3: every fixed text of the statement PDFs, Chinese then English like the contract's.</summary>
internal static class StatementPdfLabels
{
    public const string CustomerTitle = "客户对账单 Customer Statement";
    public const string StatementNumber = "对账单编号 Statement No.";
    public const string IssueDate = "出具日期 Date of issue";
    public const string Currency = "币种 Currency";
    public const string Customer = "客户名称 Customer";

    public const string SummaryHeading = "账户摘要  Account summary";
    public const string OpeningZh = "期初余额";
    public const string OpeningEn = "Opening balance";
    public const string DebitsZh = "本期应收";
    public const string DebitsEn = "Charges";
    public const string CreditsZh = "本期收款及减项";
    public const string CreditsEn = "Payments and credits";
    public const string ClosingZh = "期末余额";
    public const string ClosingEn = "Closing balance";
    public const string OpeningShortEn = "Opening";
    public const string ClosingShortEn = "Closing";

    public const string LinesHeading = "本期明细  Transactions in the period";
    public const string DateZh = "日期";
    public const string DateEn = "Date";
    public const string ContractZh = "合同编号";
    public const string ContractEn = "Contract";
    public const string KindZh = "类型";
    public const string KindEn = "Type";
    public const string ReferenceZh = "单据号";
    public const string ReferenceEn = "Reference";
    public const string DebitZh = "借方（应收）";
    public const string DebitEn = "Debit";
    public const string CreditZh = "贷方（已收）";
    public const string CreditEn = "Credit";
    public const string BalanceZh = "余额";
    public const string BalanceEn = "Balance";
    public const string OpeningRow = "期初余额 Opening balance";
    public const string PeriodTotal = "本期合计 / 期末余额 Period total / closing balance";

    public const string AgingHeading = "未结清款项账龄  Open items by age";
    public const string CurrentZh = "未到期";
    public const string CurrentEn = "Not yet due";
    public const string Days1To30Zh = "逾期 1–30 天";
    public const string Days1To30En = "1–30 days";
    public const string Days31To60Zh = "逾期 31–60 天";
    public const string Days31To60En = "31–60 days";
    public const string Days61To90Zh = "逾期 61–90 天";
    public const string Days61To90En = "61–90 days";
    public const string Over90Zh = "逾期 90 天以上";
    public const string Over90En = "Over 90 days";
    public const string TotalZh = "合计";
    public const string TotalEn = "Total";
    public const string Total = "合计 Total";
    public const string Subtotal = "小计 Subtotal";

    public const string ConfirmationHeading = "对账确认  Confirmation";
    public const string PaymentAccount = "收款账户 Pay to";
    public const string QueryContact = "对账联系人 Queries to";
    public const string CustomerConfirms = "客户确认 Confirmed by the customer";
    public const string IssuedBy = "出具单位 Issued by";

    public const string MonthlyTitle = "应收账款及回款月报 Monthly Receivables Statement";
    public const string ReportMonth = "报告月份 Month";
    public const string Department = "部门 Department";
    public const string GeneratedAt = "生成时间 Generated";

    public const string MonthlySummaryHeading = "本月汇总  Summary of the month";
    public const string InvoicedZh = "本月开票";
    public const string InvoicedEn = "Invoiced";
    public const string CollectedZh = "本月回款";
    public const string CollectedEn = "Collected";
    public const string DeductedZh = "扣款";
    public const string DeductedEn = "Deducted";
    public const string RateZh = "回款率";
    public const string RateEn = "Coll. rate";
    public const string RateLongEn = "Collection rate";

    public const string RegionsHeading = "按区域  By region";
    public const string RepsHeading = "按销售代表  By sales rep";
    public const string RegionZh = "区域";
    public const string RegionEn = "Region";
    public const string RepZh = "销售代表";
    public const string RepEn = "Sales rep";

    public const string OverdueHeading = "逾期应收（按账龄）  Overdue receivables by age";
    public const string CustomerZh = "客户";
    public const string CustomerEn = "Customer";
    public const string CollectorZh = "催收员";
    public const string CollectorEn = "Collector";
    public const string DueDateZh = "到期日";
    public const string DueDateEn = "Due date";
    public const string DaysOverdueZh = "逾期天数";
    public const string DaysOverdueEn = "Days";
    public const string AmountZh = "金额";
    public const string AmountEn = "Amount";
    public const string NoOverdue = "本月末无逾期应收。 Nothing was overdue at the end of the month.";

    public const string CollectorsHeading = "催收目标完成情况  Collectors' progress against targets";
    public const string TargetZh = "回款目标";
    public const string TargetEn = "Target";
    public const string AchievedZh = "完成率";
    public const string AchievedEn = "Achieved";
    public const string NoTarget = "—";

    public static string Period(DateOnly from, DateOnly to) => $"对账期间 Period: {PdfFormat.Date(from)} 至 to {PdfFormat.Date(to)}";

    public static string Kind(StatementLineKind kind) => kind switch
    {
        StatementLineKind.Invoice => "发票 Invoice",
        StatementLineKind.Payment => "收款 Payment",
        StatementLineKind.CreditNote => "红字发票 Credit note",
        StatementLineKind.Deduction => "扣款 Deduction",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string BucketHeading(AgingBucket bucket, int count)
    {
        var name = bucket switch
        {
            AgingBucket.Current => $"{CurrentZh} {CurrentEn}",
            AgingBucket.Days1To30 => $"{Days1To30Zh} {Days1To30En}",
            AgingBucket.Days31To60 => $"{Days31To60Zh} {Days31To60En}",
            AgingBucket.Days61To90 => $"{Days61To90Zh} {Days61To90En}",
            AgingBucket.Over90 => $"{Over90Zh} {Over90En}",
            _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{name}（{count} 笔 {(count == 1 ? "item" : "items")}）");
    }

    public static string ConfirmationNote(int days) => string.Create(
        CultureInfo.InvariantCulture,
        $"请贵司核对上述往来款项，并于收到本对账单后 {days} 日内签字盖章确认后回传；如有不符，请在此期限内列明差异与我司对账联系人联系。\n" +
        $"Please check the items above and return this statement signed and sealed within {days} days of receipt; if anything does not agree, tell our contact below within that time, listing the differences.");

    public static string CustomerFooter(string number, string customer) => $"{CustomerTitle} {number} · {customer}";

    public static string MonthlyFooter(string month) => $"{MonthlyTitle} {month}";
}
