using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Receivables;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-1/AR-3 on a real database: the history and queries come back exactly, one receivable per contract, every change audited (SEC-2).</summary>
public sealed class ReceivablePersistenceTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private SalesCrm.Domain.Contracts.Contract _contract = default!;
    private SalesCrm.Web.Auth.CrmUser _collector = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        var east = await organisation.RegionAsync("East");
        var rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        _collector = await organisation.UserAsync(CrmRole.Collector, east, "收款员 Li");
        var customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, rep);
        _contract = await new SignedContractBuilder(_database).Total(128_000.55m).SaveAsync(customer, rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AR1_HistoryQueriesAndTotals_RoundTripExactly()
    {
        var now = _database.Time.GetUtcNow();
        Guid query;
        await using (var db = _database.CreateContext(new AuditActor(_collector.Id, _collector.DisplayName)))
        {
            var receivable = await db.Receivables.SingleAsync();
            receivable.ConfirmCharges(Money.Cny(100_000.10m), "王经理", _collector.Id, now);
            receivable.Invoice("FP-001", Money.Cny(100_000.10m), _collector.Id, now);
            receivable.RecordPayment(Money.Cny(0.05m), Company.Calendar.DayOf(now), _collector.Id, now, Company.Calendar);
            query = receivable.RaiseQuery("Mast billed twice?", _collector.Id, now);
            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var stored = await check.Receivables.SingleAsync();
        Assert.Equal((_contract.Id, Money.Cny(128_000.55m), Money.Cny(128_000.50m)), (stored.ContractId, stored.Total, stored.Outstanding));
        Assert.Equal([(ReceivableEntryKind.ChargesConfirmed, 100_000.10m), (ReceivableEntryKind.Invoice, 100_000.10m), (ReceivableEntryKind.Payment, 0.05m)],
            stored.Entries.Select(e => (e.Kind, e.Amount)));
        Assert.Equal((query, QueryStatus.Open, 1), (stored.Queries.Single().Id, stored.Queries.Single().Status, stored.OpenQueries));
    }

    [Fact]
    public async Task SEC2_APayment_IsAuditedWithWhoAndTheCollectedAmountBeforeAndAfter()
    {
        var now = _database.Time.GetUtcNow();
        await using (var db = _database.CreateContext(new AuditActor(_collector.Id, _collector.DisplayName)))
        {
            (await db.Receivables.SingleAsync()).RecordPayment(Money.Cny(40_000m), Company.Calendar.DayOf(now), _collector.Id, now, Company.Calendar);
            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var id = (await check.Receivables.SingleAsync()).Id;
        var audit = await check.AuditEntries.SingleAsync(a => a.EntityId == id && a.Field == nameof(Receivable.CollectedAmount) && a.Action == AuditAction.Updated);
        Assert.Equal((0m, 40_000m, "收款员 Li", nameof(Receivable)),
            (decimal.Parse(audit.OldValue!, CultureInfo.InvariantCulture), decimal.Parse(audit.NewValue!, CultureInfo.InvariantCulture), audit.ActorName, audit.EntityType));
    }

    [Fact]
    public async Task AR1_ASecondReceivableForTheSameContract_IsRefusedByTheDatabase()
    {
        await using var db = _database.CreateContext();
        db.Receivables.Add(Receivable.OpenFor(_contract, _database.Time.GetUtcNow(), Company.Calendar));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
