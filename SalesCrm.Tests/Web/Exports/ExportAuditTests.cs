using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Receivables;

namespace SalesCrm.Tests.Web.Exports;

/// <summary>
/// SEC-3 on a real database: every download of customer data (contract PDF, customer and monthly statements, the ledger
/// CSV, the lead import report) writes one export entry naming who took what and when; a refused download writes none;
/// the director and administrators read the entries back, searchable, and nobody else may.
/// </summary>
public sealed class ExportAuditTests : IAsyncLifetime
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March2 = new(2026, 3, 2);
    private static readonly PageRequest FirstPage = new(0, 25);
    private TwoRegionScenario _scenario = default!;
    private CrmUser _manager = default!;
    private CrmUser _director = default!;

    public async Task InitializeAsync()
    {
        _scenario = await TwoRegionScenario.CreateAsync();
        _manager = await _scenario.Organisation.AppointedManagerAsync(_scenario.East, "Manager Zhao");
        _director = await _scenario.Organisation.UserAsync(CrmRole.MarketingDirector, _scenario.East, "Director Sun");
        Time.Advance(TimeSpan.FromHours(2));
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private TestDatabase Database => _scenario.Database;

    private FakeTimeProvider Time => Database.Time;

    private string ContractPdf => $"{_scenario.Contract.Number} v1 · 杭州物流有限公司";

    private async Task<AuditEntry> SingleExportAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported);
    }

    [Fact]
    public async Task SEC3_ContractPdfDownload_IsAuditedAsAnExport()
    {
        Assert.NotNull(await Database.SignIn(_scenario.Rep).Contracts.PdfAsync(_scenario.Contract.Id));

        var entry = await SingleExportAsync();
        Assert.Equal(
            (_scenario.Rep.Id, "Rep Wang", nameof(ExportKind.ContractPdf), _scenario.Contract.Id, ContractPdf, Time.GetUtcNow()),
            (entry.ActorId, entry.ActorName, entry.EntityType, entry.EntityId, entry.Subject, entry.At));
    }

    [Fact]
    public async Task SEC3_CustomerStatementDownload_IsAuditedAsAnExport()
    {
        var customer = _scenario.Customer.Id;

        Assert.NotNull(await Database.SignIn(_scenario.Rep).CustomerStatements.StatementAsync(customer, March1, March2));

        var entry = await SingleExportAsync();
        Assert.Equal(
            (_scenario.Rep.Id, nameof(ExportKind.CustomerStatement), customer, $"{CustomerStatementService.StatementNumber(customer, March2)} · 杭州物流有限公司 · 2026-03-01..2026-03-02", Time.GetUtcNow()),
            (entry.ActorId, entry.EntityType, entry.EntityId, entry.Subject, entry.At));
    }

    [Fact]
    public async Task SEC3_MonthlyStatementDownload_IsAuditedAsAnExport_NamingTheRegionsItCarries()
    {
        Assert.NotNull(await Database.SignIn(_director).MonthlyStatements.PdfAsync(March1));

        var entry = await SingleExportAsync();
        Assert.Equal((_director.Id, "Director Sun", nameof(ExportKind.MonthlyStatement), "2026-03 · East, West", Time.GetUtcNow()),
            (entry.ActorId, entry.ActorName, entry.EntityType, entry.Subject, entry.At));
    }

    [Fact]
    public async Task SEC3_LedgerCsvExport_IsAuditedAsAnExport_WithItsFilterAndRows()
    {
        await Database.SignIn(_manager).Ledger.ExportAsync(new LedgerFilter(RegionId: _scenario.East.Id, Customer: "杭州"));

        var entry = await SingleExportAsync();
        Assert.Equal((_manager.Id, nameof(ExportKind.ContractLedger), "East · “杭州”", "1", Time.GetUtcNow()),
            (entry.ActorId, entry.EntityType, entry.Subject, entry.NewValue, entry.At));
    }

    [Fact]
    public async Task SEC3_LeadImportReportDownload_IsAuditedAsAnExport_AndNobodyElseGetsTheReport()
    {
        var imports = Database.SignIn(_manager).LeadImports;
        var result = await imports.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("CompanyName,ContactName,Phone\r\nAcme Tools,Wang,138 0013 8009\r\n")), null);

        Assert.NotNull(await imports.ReportAsync(result.ReportId!.Value));
        Assert.Null(await Database.SignIn(_director).LeadImports.ReportAsync(result.ReportId!.Value));

        var entry = await SingleExportAsync();
        Assert.Equal((_manager.Id, nameof(ExportKind.LeadImportReport), result.ReportId!.Value, "1", Time.GetUtcNow()),
            (entry.ActorId, entry.EntityType, entry.EntityId, entry.NewValue, entry.At));
    }

    [Fact]
    public async Task SEC3_ADownloadThatIsRefused_IsNoExport()
    {
        var stranger = Database.SignIn(_scenario.WestRep);
        var rep = Database.SignIn(_scenario.Rep);

        Assert.Null(await stranger.Contracts.PdfAsync(_scenario.Contract.Id));
        Assert.Null(await stranger.CustomerStatements.StatementAsync(_scenario.Customer.Id, March1, March2));
        Assert.Null(await rep.MonthlyStatements.PdfAsync(March1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => rep.Ledger.ExportAsync(new LedgerFilter()));

        await using var db = Database.CreateContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Exported));
    }

    [Theory]
    [InlineData(CrmRole.MarketingDirector)]
    [InlineData(CrmRole.Administrator)]
    public async Task SEC3_TheDirectorAndAdministrators_SeeWhoExportedWhatAndWhen_NewestFirst(CrmRole role)
    {
        var pdfAt = Time.GetUtcNow();
        await Database.SignIn(_scenario.Rep).Contracts.PdfAsync(_scenario.Contract.Id);
        Time.Advance(TimeSpan.FromHours(1));
        await Database.SignIn(_manager).Ledger.ExportAsync(new LedgerFilter());

        var page = await Database.SignIn(await _scenario.Organisation.UserAsync(role, _scenario.East)).Exports.ListAsync(FirstPage);

        Assert.Equal(
            [
                new ExportRow(pdfAt.AddHours(1), "Manager Zhao", ExportKind.ContractLedger, null, 1),
                new ExportRow(pdfAt, "Rep Wang", ExportKind.ContractPdf, ContractPdf, null),
            ],
            page.Items);
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task SEC3_TheExports_AreSearchedByWhoTookThemOrWhatTheyHeld()
    {
        await Database.SignIn(_scenario.Rep).Contracts.PdfAsync(_scenario.Contract.Id);
        await Database.SignIn(_manager).Ledger.ExportAsync(new LedgerFilter());
        var exports = Database.SignIn(_director).Exports;

        async Task<IEnumerable<ExportKind?>> Found(string search) => (await exports.ListAsync(FirstPage with { Search = search })).Items.Select(r => r.Kind);

        Assert.Equal([ExportKind.ContractLedger], await Found("zhao"));
        Assert.Equal([ExportKind.ContractPdf], await Found("杭州物流"));
        Assert.Equal([ExportKind.ContractPdf], await Found(_scenario.Contract.Number));
        Assert.Equal([ExportKind.ContractLedger], await Found("ledger"));
        Assert.Empty(await Found("Chengdu"));
    }

    [Theory]
    [InlineData(CrmRole.SalesRep)]
    [InlineData(CrmRole.Collector)]
    [InlineData(CrmRole.SalesManager)]
    [InlineData(CrmRole.Legal)]
    public async Task SEC3_OthersAreRefusedTheListOfExports(CrmRole role)
    {
        await Database.SignIn(_scenario.Rep).Contracts.PdfAsync(_scenario.Contract.Id);
        var user = await _scenario.Organisation.UserAsync(role, _scenario.East);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Database.SignIn(user).Exports.ListAsync(FirstPage));
    }
}
