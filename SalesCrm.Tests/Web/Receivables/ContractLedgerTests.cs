using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Receivables;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>CON-5: the ledger's numbers per contract, its filters and reach, and the CSV export only managers get (SEC-3).</summary>
public sealed class ContractLedgerTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private CrmUser _rep = default!;
    private CrmUser _manager = default!;
    private CrmUser _collector = default!;
    private CrmUser _director = default!;
    private CrmUser _westRep = default!;
    private Contract _march = default!;
    private Contract _april = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        var east = await _organisation.RegionAsync("East");
        var west = await _organisation.RegionAsync("West");
        _rep = await _organisation.UserAsync(CrmRole.SalesRep, east, "Rep Wang");
        _manager = await _organisation.AppointedManagerAsync(east, "Manager Zhao");
        _collector = await _organisation.UserAsync(CrmRole.Collector, east, "Collector Li");
        _director = await _organisation.UserAsync(CrmRole.MarketingDirector, east, "Director Sun");
        _westRep = await _organisation.UserAsync(CrmRole.SalesRep, west, "Rep West");
        var customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, _rep);
        var westCustomer = await new CustomerBuilder().Named("Chengdu Freight Co., Ltd.").SaveAsync(_database, _westRep);
        _march = await new SignedContractBuilder(_database).Total(100_000m).SaveAsync(customer, _rep);
        _database.Time.Advance(TimeSpan.FromDays(31));
        _april = await new SignedContractBuilder(_database).Total(30_000m).SaveAsync(customer, _rep);
        await new SignedContractBuilder(_database).Total(70_000m).SaveAsync(westCustomer, _westRep);
        var collector = _database.SignIn(_collector).Receivables;
        Assert.Empty(await collector.ConfirmChargesAsync(_march.Id, 60_000m, "王经理"));
        Assert.Empty(await collector.InvoiceAsync(_march.Id, "FP-001", 60_000m));
        Assert.Empty(await collector.RecordPaymentAsync(_march.Id, 45_000.50m, Company.Calendar.DayOf(_database.Time.GetUtcNow())));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task CON5_PerContract_TheLedgerShowsSigningExecutionInvoicedCollectedOutstanding()
    {
        var page = await _database.SignIn(_manager).Ledger.ListAsync(new LedgerFilter(), FirstPage);

        Assert.Equal([_april.Id, _march.Id], page.Items.Select(r => r.ContractId));
        var march = page.Items[1];
        Assert.Equal((new DateOnly(2026, 3, 2), ContractStatus.Signed, 100_000m, 60_000m, 45_000.50m, 54_999.50m, "杭州物流有限公司", "Rep Wang", "East"),
            (march.SignedOn, march.Status, march.SignedAmount.Amount, march.Invoiced.Amount, march.Collected.Amount, march.Outstanding.Amount, march.Customer, march.Owner, march.Region));
    }

    [Fact]
    public async Task CON5_FiltersByPeriodRepAndCustomer()
    {
        var ledger = _database.SignIn(_director).Ledger;

        Assert.Equal([_march.Id], (await ledger.ListAsync(new LedgerFilter(SignedFrom: new DateOnly(2026, 3, 1), SignedTo: new DateOnly(2026, 3, 2)), FirstPage)).Items.Select(r => r.ContractId));
        Assert.Equal(["Rep West"], (await ledger.ListAsync(new LedgerFilter(OwnerId: _westRep.Id), FirstPage)).Items.Select(r => r.Owner));
        Assert.Equal(2, (await ledger.ListAsync(new LedgerFilter(Customer: "杭州"), FirstPage)).Total);
        Assert.Equal(3, (await ledger.ListAsync(new LedgerFilter(), FirstPage)).Total);
    }

    [Fact]
    public async Task SEC1_ARep_SeesOnlyTheirOwnContractsInTheLedger()
    {
        var page = await _database.SignIn(_westRep).Ledger.ListAsync(new LedgerFilter(), FirstPage);

        Assert.Equal(["Chengdu Freight Co., Ltd."], page.Items.Select(r => r.Customer));
    }

    [Fact]
    public async Task SEC1_AnEastCollector_SeesOnlyEastContractsInTheLedger()
    {
        var page = await _database.SignIn(_collector).Ledger.ListAsync(new LedgerFilter(), FirstPage);

        Assert.Equal([_april.Id, _march.Id], page.Items.Select(r => r.ContractId));
    }

    [Fact]
    public async Task SEC3_TheCsvExport_IsRefusedForARep_AndNothingIsAudited()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_rep).Ledger.ExportAsync(new LedgerFilter()));

        await using var db = _database.CreateContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Exported));
    }

    [Fact]
    public async Task SEC3_AManagersExport_IsUtf8WithBom_WithTheRegionsContracts_AndIsAudited()
    {
        var csv = await _database.SignIn(_manager).Ledger.ExportAsync(new LedgerFilter());

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Contract,Customer,Sales rep,Region,Signed on,Execution,Currency,Signed amount,Invoiced,Collected,Outstanding,Due date", lines[0]);
        Assert.Equal($"{_march.Number},杭州物流有限公司,Rep Wang,East,2026-03-02,Signed,CNY,100000.00,60000.00,45000.50,54999.50,2026-04-01", lines[2]);
        Assert.Equal(3, lines.Length);
        await using var db = _database.CreateContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported);
        Assert.Equal((_manager.Id, nameof(ExportKind.ContractLedger), "2", TestDatabase.Start.AddDays(31)), (audit.ActorId, audit.EntityType, audit.NewValue, audit.At));
    }

    [Fact]
    public async Task SEC3_NamesASpreadsheetWouldRunAsFormulas_AreExportedAsText_AndAmountsStayNumbers()
    {
        var region = await _organisation.RegionAsync("+1");
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, region, "@SUM(A1)");
        var customer = await new CustomerBuilder().Named("=1+1").SaveAsync(_database, rep);
        var contract = await new SignedContractBuilder(_database).Total(12.5m).SaveAsync(customer, rep);

        var csv = await _database.SignIn(_director).Ledger.ExportAsync(new LedgerFilter(RegionId: region.Id));

        var row = CsvReader.Read(Encoding.UTF8.GetString(csv[3..])).Skip(1).Single();
        Assert.Equal([contract.Number, "'=1+1", "'@SUM(A1)", "'+1"], row.Take(4));
        Assert.Equal(["12.50", "0.00", "0.00", "12.50"], row.Skip(7).Take(4));
    }
}
