using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Receivables;
using UglyToad.PdfPig;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-2 on a real database: the month's figures from the receivables' histories, collectors against their targets, and who sees what.</summary>
public sealed class MonthlyStatementServiceTests : IAsyncLifetime
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private ContractScenario _scenario = default!;
    private CrmUser _collector = default!;
    private CrmUser _director = default!;
    private Guid _contractId;

    public async Task InitializeAsync()
    {
        _scenario = await ContractScenario.CreateAsync();
        _collector = await _scenario.Organisation.UserAsync(CrmRole.Collector, _scenario.East, "周强");
        _director = await _scenario.Organisation.UserAsync(CrmRole.MarketingDirector, _scenario.East, "王建国");
        _contractId = await _scenario.SignedContractAsync();
        var collector = _scenario.Database.SignIn(_collector).Receivables;
        Assert.Empty(await collector.ConfirmChargesAsync(_contractId, 1_280_000m, "采购部 刘经理"));
        Assert.Empty(await collector.InvoiceAsync(_contractId, "FP-0001", 1_280_000m));
        _scenario.Database.Time.Advance(TimeSpan.FromDays(18));
        Assert.Empty(await collector.RecordPaymentAsync(_contractId, 400_000m, new DateOnly(2026, 3, 20)));
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task AR2_TheMonthsFigures_ComeFromInvoicesAndPaymentsDatedInIt_AndTheNextMonthOpensWithTheBalance()
    {
        var statements = _scenario.Database.SignIn(_director).MonthlyStatements;

        var march = (await statements.StatementAsync(March))!;
        var april = (await statements.StatementAsync(March.AddMonths(1)))!;

        Assert.Equal((0m, 1_280_000m, 400_000m, 880_000m, 31.3m), (march.Totals.Opening, march.Totals.Invoiced, march.Totals.Collected, march.Totals.Closing, march.Totals.CollectionRatePercent));
        Assert.Equal((880_000m, 0m, 0m, 880_000m), (april.Totals.Opening, april.Totals.Invoiced, april.Totals.Collected, april.Totals.Closing));
        Assert.Equal("East", Assert.Single(march.Regions).Region);
        Assert.Equal("张伟", Assert.Single(march.Reps).Rep);
    }

    [Fact]
    public async Task AR2_ACollectorSeesTheirCollectionsAgainstTheTargetTheDirectorSet()
    {
        Assert.Empty(await _scenario.Database.SignIn(_director).MonthlyStatements.SetTargetAsync(_collector.Id, March.AddDays(10), 500_000m));

        var row = Assert.Single(await _scenario.Database.SignIn(_collector).MonthlyStatements.TargetsAsync(March));

        Assert.Equal(("周强", 500_000m, 400_000m, 80.0m, false), (row.Collector, row.Target, row.Collected, row.AchievedPercent, row.CanSet));
    }

    [Fact]
    public async Task AR2_SettingATargetAgainReplacesIt_AndANonPositiveOneIsRefused()
    {
        var director = _scenario.Database.SignIn(_director).MonthlyStatements;
        Assert.Empty(await director.SetTargetAsync(_collector.Id, March, 500_000m));
        Assert.Empty(await director.SetTargetAsync(_collector.Id, March, 600_000m));

        Assert.Equal("Target.AmountPositive", Assert.Single(await director.SetTargetAsync(_collector.Id, March, 0m)).Code);
        Assert.Equal(600_000m, Assert.Single(await director.TargetsAsync(March)).Target);
    }

    [Fact]
    public async Task SEC1_ARepSeesNoStatement_AnotherRegionsManagerNeitherItsFiguresNorItsCollectorsTargets()
    {
        var south = await _scenario.Organisation.RegionAsync("South");
        var southManager = _scenario.Database.SignIn(await _scenario.Organisation.AppointedManagerAsync(south));

        Assert.Null(await _scenario.Database.SignIn(_scenario.Rep).MonthlyStatements.StatementAsync(March));
        var seen = (await southManager.MonthlyStatements.StatementAsync(March))!;
        Assert.Equal((0m, 0), (seen.Totals.Invoiced, seen.Regions.Count));
        Assert.Empty(await southManager.MonthlyStatements.TargetsAsync(March));
        await Assert.ThrowsAsync<AccessDeniedException>(() => southManager.MonthlyStatements.SetTargetAsync(_collector.Id, March, 1m));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.Database.SignIn(_collector).MonthlyStatements.SetTargetAsync(_collector.Id, March, 1m));
    }

    [Fact]
    public async Task AR2_ThePdfCarriesTheMonthsClosingBalance()
    {
        var pdf = (await _scenario.Database.SignIn(_director).MonthlyStatements.PdfAsync(March))!;

        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("880,000.00", text, StringComparison.Ordinal);
        Assert.Contains("2026-03", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AR2_AtTheStartOfAMonth_TheDepartmentHeadIsToldOnce_ThatLastMonthsStatementIsReady()
    {
        var statements = _scenario.Database.SignIn(_collector).MonthlyStatements;
        Assert.Equal(1, await statements.AnnounceAsync());
        Assert.Equal(0, await statements.AnnounceAsync());

        _scenario.Database.Time.Advance(TimeSpan.FromDays(20));
        Assert.Equal(1, await statements.AnnounceAsync());

        await using var db = _scenario.Database.CreateContext();
        var subjects = await db.Notifications.Where(n => n.Kind == NotificationKind.MonthlyStatementReady).OrderBy(n => n.CreatedAt).ToListAsync();
        Assert.Equal([(_director.Id, "2026-02"), (_director.Id, "2026-03")], subjects.Select(n => (n.RecipientId, n.Subject)));
    }
}
