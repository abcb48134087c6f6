using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Tests.TestSupport;

/// <summary>An AR-2 statement for March 2025: four regions, eight reps, overdue receivables in every bucket, three collectors.</summary>
public sealed class MonthlyStatementDocumentBuilder
{
    private static readonly (string Region, string[] Reps)[] Regions =
    [
        ("华东区 East China", ["张伟", "王芳"]),
        ("华南区 South China", ["李强", "刘洋"]),
        ("华北区 North China", ["陈静", "杨磊"]),
        ("西南区 Southwest", ["赵敏", "黄勇"]),
    ];

    private static readonly string[] Customers =
    [
        "华为技术有限公司", "比亚迪股份有限公司", "Siemens Ltd., China 西门子（中国）有限公司", "宁波舟山港股份有限公司",
        "重庆长安汽车股份有限公司", "成都京东方光电科技有限公司", "青岛海尔智能家电有限公司",
    ];

    private static readonly int[] Days = [12, 47, 75, 130, 28, 59, 91, 3];

    private int _overdue = 10;
    private (string Name, decimal Target, decimal Collected)[] _collectors =
        [("孙丽 Sun Li", 1_200_000m, 1_146_300m), ("周杰 Zhou Jie", 900_000m, 612_450.80m), ("吴霞 Wu Xia", 800_000m, 845_000m)];

    public MonthlyStatementDocumentBuilder WithOverdue(int count)
    {
        _overdue = count;
        return this;
    }

    public MonthlyStatementDocumentBuilder WithCollector(string name, decimal target, decimal collected)
    {
        _collectors = [(name, target, collected)];
        return this;
    }

    public MonthlyReceivablesStatementDocument Build()
    {
        var reps = Regions.SelectMany((r, i) => r.Reps.Select((rep, j) => new RepReceivables(rep, r.Region, Figures(i * 2 + j)))).ToList();
        var regions = Regions.Select(r => new RegionReceivables(r.Region, Sum([.. reps.Where(p => p.Region == r.Region).Select(p => p.Figures)]))).ToList();
        var overdue = Enumerable.Range(0, _overdue).Select(i => new OverdueReceivable(
            Customers[i % Customers.Length],
            $"HT-2024-{i + 101:0000}",
            Regions[i % Regions.Length].Reps[i % 2],
            _collectors[i % _collectors.Length].Name,
            new DateOnly(2025, 3, 31).AddDays(-Days[i % Days.Length]),
            Days[i % Days.Length],
            18_000m + i * 7_345.25m)).ToList();
        return new MonthlyReceivablesStatementDocument
        {
            Company = StatementParties.Seller,
            Department = "销售部 Sales Department",
            Month = new DateOnly(2025, 3, 1),
            GeneratedAt = new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.FromHours(8)),
            Currency = "CNY",
            Totals = Sum([.. regions.Select(r => r.Figures)]),
            Regions = regions,
            Reps = reps,
            Aging = new AgingBuckets(3_265_400m, 412_380.50m, 188_000m, 96_500m, 254_120.75m),
            Overdue = overdue,
            Collectors = [.. _collectors.Select(c => new CollectorProgress(c.Name, c.Target, c.Collected))],
        };
    }

    private static ReceivablesFigures Figures(int n)
    {
        var opening = 420_000m + n * 61_250m;
        var invoiced = 380_000m + n * 43_500.50m;
        var collected = 350_000m + n * 40_100m - n % 3 * 31_500m;
        return new ReceivablesFigures(opening, invoiced, collected, n % 3 == 0 ? 6_400m : 0m, Rate(invoiced, collected));
    }

    private static ReceivablesFigures Sum(IReadOnlyList<ReceivablesFigures> figures)
    {
        var opening = figures.Sum(f => f.Opening);
        var invoiced = figures.Sum(f => f.Invoiced);
        var collected = figures.Sum(f => f.Collected);
        return new ReceivablesFigures(opening, invoiced, collected, figures.Sum(f => f.Deducted), Rate(invoiced, collected));
    }

    // Collected against what fell due in the month, taken here as 97% of what was invoiced.
    private static decimal Rate(decimal invoiced, decimal collected) => decimal.Round(collected / (invoiced * 0.97m) * 100, 1);
}
