using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Tests.TestSupport;

/// <summary>An AR-3 statement for a Chinese customer over March 2025: invoices, payments, a credit note and a deduction on three contracts.</summary>
public sealed class CustomerStatementDocumentBuilder
{
    private static readonly string[] Contracts = ["HT-2025-0042", "HT-2025-0057", "HT-2024-0311"];

    private string _customerName = "华为技术有限公司";
    private int _lines = 8;
    private decimal _openingBalance = 384_000m;
    private int _confirmWithinDays = 15;

    public CustomerStatementDocumentBuilder ForCustomer(string name)
    {
        _customerName = name;
        return this;
    }

    public CustomerStatementDocumentBuilder WithLines(int count)
    {
        _lines = count;
        return this;
    }

    public CustomerStatementDocumentBuilder WithOpeningBalance(decimal amount)
    {
        _openingBalance = amount;
        return this;
    }

    public CustomerStatementDocumentBuilder ConfirmWithin(int days)
    {
        _confirmWithinDays = days;
        return this;
    }

    public CustomerStatementDocument Build()
    {
        var from = new DateOnly(2025, 3, 1);
        var lines = Enumerable.Range(0, _lines).Select(i => Line(i, from.AddDays(i * 30 / Math.Max(_lines, 1)))).ToList();
        return new CustomerStatementDocument
        {
            StatementNumber = "DZ-2025-03-0117",
            Company = StatementParties.Seller,
            Customer = new StatementParty(_customerName,
                "广东省深圳市龙岗区坂田华为基地 Huawei Base, Bantian, Longgang District, Shenzhen, Guangdong",
                "91440300MA5G8K2L3N", "财务部 陈静 Chen Jing · +86 755 2878 0000"),
            PeriodFrom = from,
            PeriodTo = new DateOnly(2025, 3, 31),
            IssueDate = new DateOnly(2025, 4, 2),
            Currency = "CNY",
            OpeningBalance = _openingBalance,
            Lines = lines,
            Aging = new AgingBuckets(256_000m, 73_600m, 36_800m, 0m, 12_841.60m),
            ConfirmWithinDays = _confirmWithinDays,
            QueryContact = "应收会计 李娜 Li Na · 0571-8888 6677 · ar@dongfang-forklift.cn",
            PaymentAccount = "杭州东方叉车制造有限公司 · 中国工商银行杭州余杭支行 ICBC Hangzhou Yuhang Sub-branch · 1202 0210 0900 1234 567",
        };
    }

    private static CustomerStatementLine Line(int i, DateOnly date)
    {
        var contract = Contracts[i % Contracts.Length];
        var n = i + 1;
        return (i % 4) switch
        {
            0 => new CustomerStatementLine(date, contract, StatementLineKind.Invoice, $"INV-33019-{n:0000}", 128_000m + n * 100, 0),
            1 => new CustomerStatementLine(date, contract, StatementLineKind.Payment, $"ICBC-TT-2503{n:0000}", 0, 96_000m),
            2 => new CustomerStatementLine(date, contract, StatementLineKind.CreditNote, $"INV-R-{n:0000} 退货 returned pallet truck", 0, 2_350.50m),
            _ => new CustomerStatementLine(date, contract, StatementLineKind.Deduction, $"KK-{n:000} 延迟交货扣款 late delivery", 0, 6_400m),
        };
    }
}
