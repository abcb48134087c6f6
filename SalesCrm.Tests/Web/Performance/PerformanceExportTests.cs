using System.Globalization;
using System.Net;
using System.Text;
using Bunit;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

/// <summary>
/// KPI-2/SEC-3 through the whole app in memory: the Performance page's scorecard downloaded as CSV and Excel by managers,
/// finance and the director (reps and account managers are refused), within the scorecard's own reach, audited as an
/// export, with a name a spreadsheet would run as a formula written as neutralised text. East: 张伟 signs 1,280,000 in
/// March 2026 against the quarter's default target of 1,000,000; a rep named <see cref="Formula"/> signs nothing.
/// </summary>
public sealed class PerformanceExportTests(PerformanceExportTests.App app) : IClassFixture<PerformanceExportTests.App>
{
    private const string Formula = "=HYPERLINK(\"http://x\")";
    private const string Q1 = "kind=Quarter&year=2026&number=1";

    private ContractScenario Scenario => app.Scenario;

    [Fact]
    public async Task SEC3_AManager_DownloadsTheTeamsQuarterAsCsv_OneRowPerPersonInRankThenTheTotal_AFormulaNameNeutralised()
    {
        var download = await app.GetAsync(Scenario.Manager, $"{PerformanceEndpoints.CsvPath}?{Q1}");

        Assert.Equal((HttpStatusCode.OK, "text/csv; charset=utf-8", "performance-2026-Q1.csv"), (download.Status, download.ContentType, download.FileName));
        Assert.Equal(CsvWriter.Utf8WithBom.GetPreamble(), download.Body[..3]);
        var lines = Encoding.UTF8.GetString(download.Body[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Rank,Name,Signed (CNY),Target (CNY),Attainment (%),New valid customers,New valid customers target,Leads registered,"
            + "Collection rate %,Conversion %,A-tier coverage %,Complaints answered in time %,Grade", lines[0]);
        // KPI-2's shares: 张伟's one first contact signed (conversion 100%); nothing fell due, no A-tier customer, no complaint.
        Assert.StartsWith("1,张伟,1280000.00,1000000.00,128.0,1,9,1,,100.0,,,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,\"'=HYPERLINK(\"\"http://x\"\")\",0.00,1000000.00,0.0,0,9,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith(",Total,1280000.00,2000000.00,64.0,1,18,", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task SEC3_AManager_DownloadsTheTeamsQuarterAsExcel_AmountsAsNumbers_AFormulaNameAsNeutralisedText_AndTheYearsTrend()
    {
        var download = await app.GetAsync(Scenario.Manager, $"{PerformanceEndpoints.XlsxPath}?{Q1}");

        Assert.Equal((HttpStatusCode.OK, SheetFiles.ContentType(SheetFormat.Xlsx), "performance-2026-Q1.xlsx"), (download.Status, download.ContentType, download.FileName));
        using var workbook = new XLWorkbook(new MemoryStream(download.Body));
        var figures = workbook.Worksheet("Scorecard");
        Assert.Equal(["Rank", "Name", "Signed (CNY)"], [.. figures.Row(1).Cells(1, 3).Select(c => c.GetString())]);
        Assert.True(figures.Row(1).Style.Font.Bold || figures.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, figures.SheetView.SplitRow);
        var rep = figures.Row(2);
        Assert.Equal(("张伟", XLDataType.Number, 1_280_000d), (rep.Cell(2).GetString(), rep.Cell(3).DataType, rep.Cell(3).GetDouble()));
        Assert.Equal(("#,##0", 1.28d, "0.0%"), (rep.Cell(3).Style.NumberFormat.Format, rep.Cell(5).GetDouble(), rep.Cell(5).Style.NumberFormat.Format));
        var named = figures.Cell(3, 2);
        Assert.Equal(("'" + Formula, XLDataType.Text, false), (named.GetString(), named.DataType, named.HasFormula));
        Assert.Equal(("Total", 1_280_000d), (figures.Cell(4, 2).GetString(), figures.Cell(4, 3).GetDouble()));
        var trend = workbook.Worksheet("Trend");
        Assert.Equal(13, trend.LastRowUsed()!.RowNumber());
        Assert.Equal(("2026-03", 1_280_000d), (trend.Cell(4, 1).GetString(), trend.Cell(4, 2).GetDouble()));
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula);
    }

    [Theory]
    [InlineData(CrmRole.SalesRep, PerformanceEndpoints.CsvPath)]
    [InlineData(CrmRole.SalesRep, PerformanceEndpoints.XlsxPath)]
    [InlineData(CrmRole.AccountManager, PerformanceEndpoints.XlsxPath)]
    public async Task SEC3_ARepOrAccountManager_IsRefusedTheDownload_With403_AndNothingIsAudited(CrmRole role, string path)
    {
        var user = role == CrmRole.SalesRep ? Scenario.Rep : app.AccountManager;

        var download = await app.GetAsync(user, $"{path}?{Q1}");

        Assert.Equal(HttpStatusCode.Forbidden, download.Status);
        Assert.False(await ExportedByAsync(user));
    }

    [Fact]
    public async Task SEC3_AManagerAskingForAnotherRegion_Gets403_AndNothingIsAudited()
    {
        var download = await app.GetAsync(app.WestManager, $"{PerformanceEndpoints.CsvPath}?{Q1}&region={Scenario.East.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, download.Status);
        Assert.False(await ExportedByAsync(app.WestManager));
    }

    [Fact]
    public async Task SEC3_EveryDownload_IsAuditedAsAPerformanceExport_WhatItHeldAndItsRows_AndTheDirectorSeesIt()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(app.Collector, $"{PerformanceEndpoints.XlsxPath}?{Q1}")).Status);

        await using var db = Scenario.Database.CreateContext();
        var entry = await db.AuditEntries.AsNoTracking().Where(a => a.ActorId == app.Collector.Id).SingleAsync();
        Assert.Equal((AuditAction.Exported, nameof(ExportKind.Performance), "Xlsx", "Team · East · 2026 Q1 · Xlsx", "2"),
            (entry.Action, entry.EntityType, entry.Field, entry.Subject, entry.NewValue));
        var listed = await Scenario.Database.SignIn(app.Director).Exports.ListAsync(new PageRequest(0, 25) { Search = "Finance Chen" });
        Assert.Equal([(ExportKind.Performance, "Team · East · 2026 Q1 · Xlsx", 2)], listed.Items.Select(r => (r.Kind!.Value, r.What!, r.Rows!.Value)));
    }

    [Fact]
    public async Task SEC3_TheDirector_DownloadsTheCompanysRegions()
    {
        var download = await app.GetAsync(app.Director, $"{PerformanceEndpoints.CsvPath}?{Q1}");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        var lines = Encoding.UTF8.GetString(download.Body[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Rank,Region", "1,East", "2,West", ",Total"], lines.Select(l => string.Join(',', l.Split(',')[..2])));
    }

    [Theory]
    [InlineData("kind=Week&year=2026&number=1")]
    [InlineData("kind=Quarter&year=2026&number=5")]
    [InlineData("kind=Month,Quarter&year=2026&number=1")]
    [InlineData("kind=Month&year=1999&number=1")]
    [InlineData("year=2026&number=1")]
    public async Task SEC3_AQueryThatNamesNoPeriod_Is400(string query)
    {
        var download = await app.GetAsync(Scenario.Manager, $"{PerformanceEndpoints.XlsxPath}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, download.Status);
    }

    [Fact]
    public void KPI2_AVerifiedMonth_CarriesWhatFinanceVerified_InAColumnOfItsOwn()
    {
        var march = SalesCrm.Domain.Common.Period.Month(2026, 3);
        var row = new ScorecardRow(Guid.NewGuid(), "张伟", new Figure(1_300_000m, 1_000_000m, false), new Figure(1m, 3m, true), 2, null,
            new SalesCrm.Domain.Targets.VerifiedFigures(Guid.NewGuid(), 1_280_000m, 1, 2));
        var card = new Scorecard(march, PerformanceView.Team, Guid.NewGuid(), [row], row with { Name = string.Empty }, [], 31,
            [new VerificationInfo(Guid.NewGuid(), "East", "Finance Chen", DateTimeOffset.UnixEpoch)], CanVerify: false);

        var sheet = ScorecardSheets.Figures(card, new SalesCrm.Web.Localization.Texts());

        Assert.Equal(("Verified signed (CNY)", ExportColumnKind.Amount), (sheet.Columns[^1].Header, sheet.Columns[^1].Kind));
        Assert.Equal([1_280_000m, 1_280_000m], sheet.Rows.Select(r => r[^1].Number!.Value));
    }

    [Theory]
    [InlineData(CrmRole.SalesManager, true)]
    [InlineData(CrmRole.MarketingDirector, true)]
    [InlineData(CrmRole.Administrator, true)]
    [InlineData(CrmRole.Collector, true)]
    [InlineData(CrmRole.SalesRep, false)]
    [InlineData(CrmRole.AccountManager, false)]
    [InlineData(CrmRole.ServiceAgent, false)]
    [InlineData(CrmRole.ServiceManager, false)]
    [InlineData(CrmRole.Legal, false)]
    public void SEC3_ManagersFinanceAndTheDirector_MayExportFigures_NobodyElse(CrmRole role, bool may) =>
        Assert.Equal(may, PerformanceAccess.CanExport(role));

    [Fact]
    public async Task SEC3_ThePageOffersCsvAndExcelOfTheShownPeriod_ToAManager_AndNoDownloadToARep()
    {
        await using var manager = Context(Scenario.Manager);
        var page = manager.RenderHosted<PerformancePage>();
        page.WaitForElement("[data-testid=perf-export]");

        await page.ClickOn("[data-testid=perf-export] button");

        var query = string.Create(CultureInfo.InvariantCulture, $"?{Q1}&region={Scenario.East.Id}");
        Assert.Equal(
            [(PerformanceEndpoints.CsvPath + query, "performance-2026-Q1.csv", "CSV"), (PerformanceEndpoints.XlsxPath + query, "performance-2026-Q1.xlsx", "Excel")],
            [.. page.FindAll("a[data-testid^=perf-export-]").Select(a => (a.GetAttribute("href"), a.GetAttribute("download"), a.TextContent.Trim()))]);

        await using var rep = Context(Scenario.Rep);
        var repPage = rep.RenderHosted<PerformancePage>();
        repPage.WaitForElement("[data-testid=perf-signed-value]");
        Assert.Empty(repPage.FindAll("[data-testid=perf-export]"));
    }

    private CrmTestContext Context(CrmUser user)
    {
        var context = new CrmTestContext(Scenario.Database);
        context.SignIn(user);
        return context;
    }

    private async Task<bool> ExportedByAsync(CrmUser user)
    {
        await using var db = Scenario.Database.CreateContext();
        return await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Exported && a.ActorId == user.Id);
    }

    /// <summary>What a download answered: its status, type, the file name it offers and its bytes.</summary>
    public sealed record Download(HttpStatusCode Status, string? ContentType, string? FileName, byte[] Body);

    /// <summary>
    /// The contract scenario in a file that the whole app opens as its database; East (the scenario's rep 张伟, the rep
    /// named <see cref="Formula"/>, finance), West (a manager and an account manager), the director.
    /// </summary>
    public sealed class App() : CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false" }), IAsyncLifetime
    {
        public ContractScenario Scenario { get; private set; } = default!;

        public CrmUser Director { get; private set; } = default!;

        public CrmUser Collector { get; private set; } = default!;

        public CrmUser WestManager { get; private set; } = default!;

        public CrmUser AccountManager { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Scenario = await ContractScenario.OnDiskAsync();
            var organisation = Scenario.Organisation;
            await organisation.UserAsync(CrmRole.SalesRep, Scenario.East, Formula);
            Collector = await organisation.UserAsync(CrmRole.Collector, Scenario.East, "Finance Chen");
            Director = await organisation.UserAsync(CrmRole.MarketingDirector, Scenario.East, "Director Sun");
            var west = await organisation.RegionAsync("West");
            WestManager = await organisation.AppointedManagerAsync(west, "Manager Zhou");
            AccountManager = await organisation.UserAsync(CrmRole.AccountManager, west, "Account Manager Wu");
            // Started before the signing: at its first start the app credits what was signed earlier (KPI-2's backfill).
            StartServer();
            await Scenario.SignedContractAsync();
        }

        public async Task<Download> GetAsync(CrmUser user, string path)
        {
            ArgumentNullException.ThrowIfNull(user);
            using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", await AppAccounts.SignInCookieAsync(Services, user.Id));
            using var response = await client.SendAsync(request);
            return new Download(response.StatusCode, response.Content.Headers.ContentType?.ToString(), response.Content.Headers.ContentDisposition?.FileName,
                await response.Content.ReadAsByteArrayAsync());
        }

        /// <summary>The app opens the scenario's file as its database.</summary>
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:ConnectionString", $"Data Source={Scenario.Database.FilePath}");
        }

        /// <summary>The app runs on the scenario's clock, so its jobs see the scenario's today (CAL-1), not the machine's.</summary>
        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Scenario.Database.Time);

        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            await Scenario.DisposeAsync();
        }
    }
}
