using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Receivables;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Receivables;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-1/AR-3 through the service on a real database: who reads and records what, and who is told.</summary>
public sealed class ReceivableServiceTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _rep = default!;
    private CrmUser _manager = default!;
    private CrmUser _collector = default!;
    private CrmUser _director = default!;
    private CrmUser _westRep = default!;
    private Customer _customer = default!;
    private Contract _contract = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        var west = await _organisation.RegionAsync("West");
        _rep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "Rep Wang");
        _manager = await _organisation.AppointedManagerAsync(_east, "Manager Zhao");
        _collector = await _organisation.UserAsync(CrmRole.Collector, _east, "Collector Li");
        _director = await _organisation.UserAsync(CrmRole.MarketingDirector, _east, "Director Sun");
        _westRep = await _organisation.UserAsync(CrmRole.SalesRep, west, "Rep West");
        _customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, _rep);
        _contract = await new SignedContractBuilder(_database).Total(100_000m).Terms(30).SaveAsync(_customer, _rep);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SEC1_ARepOfAnotherRegion_GetsNotFound_ForReadingAndForActing()
    {
        var west = _database.SignIn(_westRep).Receivables;

        Assert.Null(await west.GetForContractAsync(_contract.Id));
        Assert.Equal("Receivable.NotFound", Assert.Single(await west.RequestDebtAsync(_contract.Id, Today().AddDays(10))).Code);
        Assert.Equal(0, (await west.OverdueAsync(null, FirstPage)).Total);
    }

    [Fact]
    public async Task SEC1_TheOwningRep_ReadsTheReceivable_ButCannotRecordAPayment()
    {
        var rep = _database.SignIn(_rep).Receivables;

        var view = await rep.GetForContractAsync(_contract.Id);
        await Assert.ThrowsAsync<AccessDeniedException>(() => rep.RecordPaymentAsync(_contract.Id, 1_000m, Today()));

        Assert.Equal((Money.Cny(100_000m), false), (view!.Outstanding, view.May.Collect));
        Assert.Equal(Money.Cny(0m), (await rep.GetForContractAsync(_contract.Id))!.Collected);
    }

    [Fact]
    public async Task AR1_ACollectorsPartialPayment_LeavesTheRestOutstanding_AndIsInTheHistory()
    {
        var collector = _database.SignIn(_collector).Receivables;

        Assert.Empty(await collector.RecordPaymentAsync(_contract.Id, 40_000m, Today()));

        var view = (await collector.GetForContractAsync(_contract.Id))!;
        Assert.Equal((Money.Cny(40_000m), Money.Cny(60_000m)), (view.Collected, view.Outstanding));
        var line = Assert.Single(view.History);
        Assert.Equal((ReceivableEntryKind.Payment, 40_000m, "Collector Li"), (line.Kind, line.Amount, line.By));
    }

    [Fact]
    public async Task AR1_OverCollection_IsRefusedWithAReadableMessage_AndNothingIsRecorded()
    {
        var collector = _database.SignIn(_collector).Receivables;

        var error = Assert.Single(await collector.RecordPaymentAsync(_contract.Id, 100_000.01m, Today()));

        Assert.Equal("Receivable.OverCollection", error.Code);
        Assert.StartsWith("This payment would collect more than is owed", error.Message, StringComparison.Ordinal);
        Assert.Equal(Money.Cny(0m), (await collector.GetForContractAsync(_contract.Id))!.Collected);
    }

    [Fact]
    public async Task AR1_TwoCollectorsRecordingAtOnce_CannotTogetherCollectMoreThanIsOwed()
    {
        var barrier = new SaveBarrier();
        await using var database = await TestDatabase.OnDiskAsync(barrier);
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        var collectors = new[] { await organisation.UserAsync(CrmRole.Collector, east), await organisation.UserAsync(CrmRole.Collector, east) };
        var customer = await new CustomerBuilder().Named("Acme Trading").SaveAsync(database, rep);
        var contract = await new SignedContractBuilder(database).Total(100_000m).SaveAsync(customer, rep);
        var paidOn = Company.Calendar.DayOf(database.Time.GetUtcNow());

        barrier.Arm(parties: 2);
        var outcomes = await Task.WhenAll(collectors.Select(c => Task.Run(() => database.SignIn(c).Receivables.RecordPaymentAsync(contract.Id, 60_000m, paidOn))));

        Assert.Single(outcomes, errors => errors.Count == 0);
        Assert.Equal("Receivable.ChangedMeanwhile", Assert.Single(outcomes.SelectMany(e => e)).Code);
        await using var db = database.CreateContext();
        Assert.Equal(60_000m, (await db.Receivables.SingleAsync()).CollectedAmount);
    }

    [Fact]
    public async Task AR1_ACreditNote_AllowsCollectingTheExcess()
    {
        var collector = _database.SignIn(_collector).Receivables;

        Assert.Empty(await collector.IssueCreditNoteAsync(_contract.Id, 500m, "Paid twice; refund agreed"));
        Assert.Empty(await collector.RecordPaymentAsync(_contract.Id, 100_500m, Today()));

        var view = (await collector.GetForContractAsync(_contract.Id))!;
        Assert.Equal((Money.Cny(100_500m), Money.Cny(0m)), (view.Collected, view.Outstanding));
    }

    [Fact]
    public async Task AR1_ADeduction_IsReportedToTheRegionsSalesManager_InTheSameSave()
    {
        var collector = _database.SignIn(_collector).Receivables;

        Assert.Empty(await collector.RecordDeductionAsync(_contract.Id, 2_500m, "Two pallets damaged", DeductionKind.Claim));

        await using var db = _database.CreateContext();
        var note = await db.Notifications.SingleAsync();
        Assert.Equal((_manager.Id, NotificationKind.ReceivableDeduction, $"{_contract.Number} · 杭州物流有限公司", "CNY 2,500.00 · Two pallets damaged", $"/contracts/{_contract.Id}"),
            (note.RecipientId, note.Kind, note.Subject, note.Detail, note.Link));
        Assert.Equal(Money.Cny(97_500m), (await collector.GetForContractAsync(_contract.Id))!.Outstanding);
    }

    [Fact]
    public async Task AR1_ADebtRequest_GoesToTheManager_WhoAllowsIt_AndAgingCountsFromThePromisedDate()
    {
        var contract = await CashContractAsync();
        var promised = Today().AddDays(20);

        Assert.Empty(await _database.SignIn(_rep).Receivables.RequestDebtAsync(contract.Id, promised));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_collector).Receivables.AllowDebtAsync(contract.Id));
        Assert.Empty(await _database.SignIn(_manager).Receivables.AllowDebtAsync(contract.Id));

        var view = (await _database.SignIn(_rep).Receivables.GetForContractAsync(contract.Id))!;
        Assert.Equal((DebtStatus.Allowed, promised, promised, Today()), (view.Debt, view.PromisedDate, view.AgingFrom, view.DueDate));
        await using var db = _database.CreateContext();
        Assert.Equal((_manager.Id, NotificationKind.DebtApprovalRequested, "Rep Wang"), await db.Notifications.Select(n => ValueTuple.Create(n.RecipientId, n.Kind, n.Detail)).SingleAsync());
    }

    [Fact]
    public async Task AR1_TheManager_CannotAllowTheirOwnDebtRequest()
    {
        var contract = await CashContractAsync();
        var manager = _database.SignIn(_manager).Receivables;
        Assert.Empty(await manager.RequestDebtAsync(contract.Id, Today().AddDays(20)));

        var error = Assert.Single(await manager.AllowDebtAsync(contract.Id));

        Assert.Equal(("Receivable.OwnDebtApproval", "Nobody approves their own request."), (error.Code, error.Message));
    }

    [Fact]
    public async Task AR1_PastThePromisedDate_TheOwningRepIsAlertedOnce_NotOnEveryRun()
    {
        var contract = await CashContractAsync();
        Assert.Empty(await _database.SignIn(_collector).Receivables.RequestDebtAsync(contract.Id, Today().AddDays(20)));
        Assert.Empty(await _database.SignIn(_manager).Receivables.AllowDebtAsync(contract.Id));
        var job = _database.SignIn(_collector).Receivables;

        _database.Time.Advance(TimeSpan.FromDays(20));
        Assert.Equal(0, await job.AlertOverdueDebtsAsync());
        _database.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await job.AlertOverdueDebtsAsync());
        _database.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await job.AlertOverdueDebtsAsync());

        Assert.Equal([_rep.Id], await RecipientsOfAsync(NotificationKind.DebtPastPromisedDate));
    }

    [Fact]
    public async Task AR1_TheReceivablesJob_RunsOnTheAppsClock()
    {
        var contract = await CashContractAsync();
        Assert.Empty(await _database.SignIn(_collector).Receivables.RequestDebtAsync(contract.Id, Today().AddDays(5)));
        Assert.Empty(await _database.SignIn(_manager).Receivables.AllowDebtAsync(contract.Id));
        var session = _database.SignIn(_collector);
        using var job = new ReceivablesJob(session.Services.GetRequiredService<IServiceScopeFactory>(), _database.Time, Options.Create(new ReceivableOptions()), NullLogger<ReceivablesJob>.Instance);
        await job.StartAndRunAsync(_database.Time);
        Assert.Empty(await RecipientsOfAsync(NotificationKind.DebtPastPromisedDate));

        await job.RunAtAsync(_database.Time, _database.Time.GetUtcNow().AddDays(6));
        Assert.Equal([_rep.Id], await RecipientsOfAsync(NotificationKind.DebtPastPromisedDate));

        await job.RunAtAsync(_database.Time, _database.Time.GetUtcNow().AddHours(3));
        await job.StopAsync(CancellationToken.None);
        Assert.Equal([_rep.Id], await RecipientsOfAsync(NotificationKind.DebtPastPromisedDate));
    }

    [Fact]
    public async Task AR3_AnInvoiceBeforeTheCustomerConfirmed_IsRefused_AfterConfirmationItIsRecorded()
    {
        var collector = _database.SignIn(_collector).Receivables;

        Assert.Equal("Receivable.InvoiceExceedsConfirmed", Assert.Single(await collector.InvoiceAsync(_contract.Id, "FP-001", 10_000m)).Code);
        Assert.Empty(await collector.ConfirmChargesAsync(_contract.Id, 10_000m, "王经理, by e-mail"));
        Assert.Empty(await collector.InvoiceAsync(_contract.Id, "FP-001", 10_000m));

        Assert.Equal(Money.Cny(10_000m), (await collector.GetForContractAsync(_contract.Id))!.Invoiced);
    }

    [Fact]
    public async Task AR3_AVerifiedQuery_GoesToTheDepartmentHead_WhoResolvesIt()
    {
        var collector = _database.SignIn(_collector).Receivables;
        Assert.Empty(await collector.RaiseQueryAsync(_contract.Id, "Customer says the mast is billed twice"));
        var query = (await collector.GetForContractAsync(_contract.Id))!.Queries.Single().Id;

        Assert.Empty(await collector.VerifyQueryAsync(_contract.Id, query, "Billed twice; propose credit of 3,000"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_manager).Receivables.ResolveQueryAsync(_contract.Id, query, "OK"));
        Assert.Empty(await _database.SignIn(_director).Receivables.ResolveQueryAsync(_contract.Id, query, "Credit 3,000 approved"));

        var resolved = (await collector.GetForContractAsync(_contract.Id))!.Queries.Single();
        Assert.Equal((QueryStatus.Resolved, "Collector Li", "Director Sun"), (resolved.Status, resolved.VerifiedBy, resolved.ResolvedBy));
        Assert.Equal([_director.Id], await RecipientsOfAsync(NotificationKind.ReceivableQueryVerified));
    }

    // AR-1: the collector's overdue list (their region's, SEC-1) searches the customer, the contract number and the rep.
    [Theory]
    [InlineData("宁波", new[] { "宁波港务有限公司" })]
    [InlineData("Rep Wang", new[] { "杭州物流有限公司" })]
    [InlineData("no such", new string[0])]
    public async Task AR1_TheOverdueList_SearchesCustomerContractAndRep(string term, string[] customers)
    {
        var colleague = await _organisation.UserAsync(CrmRole.SalesRep, _east, "Rep Li");
        var other = await new CustomerBuilder().Named("宁波港务有限公司").SaveAsync(_database, colleague);
        await new SignedContractBuilder(_database).Total(50_000m).Terms(0).SaveAsync(other, colleague);
        _database.Time.Advance(TimeSpan.FromDays(65));
        var receivables = _database.SignIn(_collector).Receivables;

        var found = await receivables.OverdueAsync(null, FirstPage with { Search = term });
        var byNumber = await receivables.OverdueAsync(null, FirstPage with { Search = _contract.Number });

        Assert.Equal(customers, found.Items.Select(r => r.Customer));
        Assert.Equal([_contract.Id], byNumber.Items.Select(r => r.ContractId));
    }

    [Fact]
    public async Task AR1_TheOverdueList_ShowsTheRepTheirOwn_ByBucket_AndTheSummaryAddsUp()
    {
        var colleague = await _organisation.UserAsync(CrmRole.SalesRep, _east, "Rep Li");
        var other = await new CustomerBuilder().Named("宁波港务有限公司").SaveAsync(_database, colleague);
        await new SignedContractBuilder(_database).Total(50_000m).Terms(0).SaveAsync(other, colleague);
        await _database.SignIn(_collector).Receivables.RecordPaymentAsync(_contract.Id, 30_000m, Today());
        _database.Time.Advance(TimeSpan.FromDays(65));

        var mine = await _database.SignIn(_rep).Receivables.OverdueAsync(null, FirstPage);
        var all = _database.SignIn(_collector).Receivables;

        var row = Assert.Single(mine.Items);
        Assert.Equal((_contract.Id, 35, AgingBucket.Days31To60, Money.Cny(70_000m)), (row.ContractId, row.DaysOverdue, row.Bucket, row.Outstanding));
        Assert.Equal(2, (await all.OverdueAsync(null, FirstPage)).Total);
        Assert.Equal(["宁波港务有限公司"], (await all.OverdueAsync(AgingBucket.Days61To90, FirstPage)).Items.Select(r => r.Customer));
        var summary = await all.AgingSummaryAsync();
        Assert.Equal((1, new MoneyTotal(70_000m, Money.DefaultCurrency)), (summary.Single(s => s.Bucket == AgingBucket.Days31To60).Count, summary.Single(s => s.Bucket == AgingBucket.Days31To60).Outstanding.Single()));
        Assert.Equal(0, summary.Single(s => s.Bucket == AgingBucket.Current).Count);
    }

    [Fact]
    public async Task AR1_SigningAContract_OpensItsOneReceivableInTheSameSave_DueWhenTheTermsSay()
    {
        var contract = await new SignedContractBuilder(_database).Terms(45).SaveAsync(_customer, _rep);

        await using var check = _database.CreateContext();
        var stored = await check.Receivables.SingleAsync(r => r.ContractId == contract.Id);
        Assert.Equal(Today().AddDays(45), stored.DueDate);
        Assert.Equal((_rep.Id, contract.Terms.Total.Amount), (stored.OwnerId, stored.TotalAmount));
    }

    [Fact]
    public async Task AR1_AnOverdueReceivable_TellsItsOwnerOncePerStep_Due30_60And90Days()
    {
        var signedAt = _database.Time.GetUtcNow();
        var contract = await new SignedContractBuilder(_database).Terms(10).SaveAsync(_customer, _rep);
        var service = _database.SignIn(_collector).Receivables;
        var told = new List<int>();
        foreach (var day in new[] { 10, 11, 12, 40, 41, 70, 71, 100, 101, 130 })
        {
            _database.Time.SetUtcNow(signedAt.AddDays(day));
            await service.AlertOverdueAsync();
            await using var db = _database.CreateContext();
            told.Add(await db.Notifications.CountAsync(n => n.Kind == NotificationKind.ReceivableOverdue && n.RecipientId == _rep.Id && n.Link == $"/contracts/{contract.Id}"));
        }

        Assert.Equal([0, 1, 1, 1, 2, 2, 3, 3, 4, 4], told);
    }

    private async Task<Contract> CashContractAsync()
    {
        var cash = await new CustomerBuilder().Named("苏州现金客户有限公司").WithTerms(SettlementMethod.Cash).SaveAsync(_database, _rep);
        return await new SignedContractBuilder(_database).Total(20_000m).Terms(0, SettlementMethod.Cash).SaveAsync(cash, _rep);
    }

    private async Task<List<Guid>> RecipientsOfAsync(NotificationKind kind)
    {
        await using var db = _database.CreateContext();
        return await db.Notifications.Where(n => n.Kind == kind).Select(n => n.RecipientId).ToListAsync();
    }

    private DateOnly Today() => Company.Calendar.DayOf(_database.Time.GetUtcNow());
}
