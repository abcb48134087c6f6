using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Receivables;
using SalesCrm.Web.Features.Receivables.Pdf;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>
/// AR-3 through the service on a real database: a contract signed through the contract service (which opens its
/// receivable), invoiced and paid by a collector in March and again in April, then stated per month.
/// </summary>
public sealed class CustomerStatementServiceTests : IAsyncLifetime
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March31 = new(2026, 3, 31);
    private static readonly DateOnly April1 = new(2026, 4, 1);
    private static readonly DateOnly April30 = new(2026, 4, 30);
    private ContractScenario _scenario = default!;
    private CrmUser _collector = default!;
    private Guid _contractId;
    private string _contractNumber = default!;

    public async Task InitializeAsync()
    {
        // The scenario's clock starts on 2026-03-02; the contract is signed then, with 30 days' terms: due 2026-04-01.
        _scenario = await ContractScenario.CreateAsync();
        _collector = await _scenario.Organisation.UserAsync(CrmRole.Collector, _scenario.East, "Collector Li");
        _contractId = await _scenario.SignedContractAsync();
        await using (var db = _scenario.Database.CreateContext())
        {
            _contractNumber = await db.Contracts.Where(c => c.Id == _contractId).Select(c => c.Number).SingleAsync();
        }

        var collector = Collector;
        Assert.Empty(await collector.ConfirmChargesAsync(_contractId, 500_000m, "王经理, by e-mail"));
        Assert.Empty(await collector.InvoiceAsync(_contractId, "FP-001", 500_000m));
        _scenario.Database.Time.Advance(TimeSpan.FromDays(10));
        Assert.Empty(await collector.RecordPaymentAsync(_contractId, 200_000m, Today()));

        _scenario.Database.Time.Advance(TimeSpan.FromDays(30)); // 2026-04-11
        Assert.Empty(await collector.ConfirmChargesAsync(_contractId, 300_000m, "王经理, by e-mail"));
        Assert.Empty(await collector.InvoiceAsync(_contractId, "FP-002", 300_000m));
        Assert.Empty(await collector.RecordPaymentAsync(_contractId, 100_000m, Today()));
        _scenario.Database.Time.Advance(TimeSpan.FromDays(21)); // 2026-05-02: April is over.
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private SalesCrm.Web.Features.Receivables.ReceivableService Collector => _scenario.Database.SignIn(_collector).Receivables;

    private CustomerStatementService RepStatements => _scenario.Database.SignIn(_scenario.Rep).CustomerStatements;

    [Fact]
    public async Task AR3_TheOwnersMarchStatement_ReadsBackWithTheCustomerTheInvoiceThePaymentAndWhatIsStillOwed()
    {
        var statement = await RepStatements.StatementAsync(_scenario.Customer.Id, March1, March31);

        var text = string.Concat(PdfText.Pages(statement!.Content));
        Assert.Equal($"{statement.StatementNumber}.pdf", statement.FileName);
        Assert.Contains("杭州物流有限公司", text, StringComparison.Ordinal);
        Assert.Contains(statement.StatementNumber, text, StringComparison.Ordinal);
        Assert.Contains("FP-001", text, StringComparison.Ordinal);
        Assert.Contains(_contractNumber, text, StringComparison.Ordinal);
        Assert.Contains("500,000.00", text, StringComparison.Ordinal);
        Assert.Contains("200,000.00", text, StringComparison.Ordinal);
        // The summary, the last running balance and the period-total row show the closing balance.
        Assert.True(PdfText.Count(text, "300,000.00") >= 3, text);
        Assert.DoesNotContain("FP-002", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AR3_ACreditNote_OnlyLetsMoreBeReceived_ItIsNoLineAndMovesNoBalance()
    {
        Assert.Empty(await Collector.IssueCreditNoteAsync(_contractId, 50_000m, "退货 Returned goods"));

        var doc = (await RepStatements.DocumentAsync(_scenario.Customer.Id, March1, Today()))!;

        Assert.DoesNotContain(doc.Lines, l => l.Kind == StatementLineKind.CreditNote);
        Assert.Equal(500_000m, doc.OpeningBalance + doc.Lines.Sum(l => l.Debit - l.Credit));
    }

    [Fact]
    public async Task AR3_TheAprilStatement_OpensOnWhatWasOwedBeforeTheFirst_AndListsOnlyAprilsMovements()
    {
        var doc = (await RepStatements.DocumentAsync(_scenario.Customer.Id, April1, April30))!;

        Assert.Equal(300_000m, doc.OpeningBalance);
        Assert.Equal(
            [
                new CustomerStatementLine(new DateOnly(2026, 4, 11), _contractNumber, StatementLineKind.Invoice, "FP-002", 300_000m, 0m),
                new CustomerStatementLine(new DateOnly(2026, 4, 11), _contractNumber, StatementLineKind.Payment, "", 0m, 100_000m),
            ],
            doc.Lines);
        Assert.Equal(500_000m, doc.ClosingBalance);
        Assert.Equal((new DateOnly(2026, 5, 2), CustomerStatementService.ConfirmWithinDays), (doc.IssueDate, doc.ConfirmWithinDays));
    }

    [Fact]
    public async Task AR3_TheMarchStatement_LeavesOutWhatWasRecordedAfterItsLastDay()
    {
        var doc = (await RepStatements.DocumentAsync(_scenario.Customer.Id, March1, March31))!;

        Assert.Equal(0m, doc.OpeningBalance);
        Assert.Equal(["FP-001", ""], doc.Lines.Select(l => l.Reference));
        Assert.Equal(300_000m, doc.ClosingBalance);
    }

    [Fact]
    public async Task AR3_TheAging_IsWhatIsOpenAtTheEndOfThePeriod_CountedFromTheDueDate()
    {
        var march = (await RepStatements.DocumentAsync(_scenario.Customer.Id, March1, March31))!;
        var april = (await RepStatements.DocumentAsync(_scenario.Customer.Id, April1, April30))!;

        // Due 2026-04-01: not yet due at the end of March, 29 days past due at the end of April.
        Assert.Equal(new AgingBuckets(300_000m, 0m, 0m, 0m, 0m), march.Aging);
        Assert.Equal(new AgingBuckets(0m, 500_000m, 0m, 0m, 0m), april.Aging);
    }

    [Fact]
    public async Task SEC1_ARepOfAnotherRegion_GetsNoStatement()
    {
        var west = await _scenario.Organisation.RegionAsync("West");
        var westRep = await _scenario.Organisation.UserAsync(CrmRole.SalesRep, west, "Rep West");

        Assert.Null(await _scenario.Database.SignIn(westRep).CustomerStatements.StatementAsync(_scenario.Customer.Id, March1, March31));
    }

    [Fact]
    public async Task SEC1_ACollector_GetsTheSameStatementAsTheOwner()
    {
        var doc = await _scenario.Database.SignIn(_collector).CustomerStatements.DocumentAsync(_scenario.Customer.Id, March1, March31);

        Assert.Equal(300_000m, doc!.ClosingBalance);
    }

    [Fact]
    public async Task AR3_APeriodThatEndsBeforeItStarts_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainValidationException>(() => RepStatements.StatementAsync(_scenario.Customer.Id, March31, March1));

        Assert.Equal("Statement.PeriodReversed", Assert.Single(error.Errors).Code);
    }

    [Fact]
    public async Task AR3_APeriodOfMoreThanTwelveMonths_IsRefused()
    {
        var from = new DateOnly(2025, 4, 1);
        var error = await Assert.ThrowsAsync<DomainValidationException>(() => RepStatements.StatementAsync(_scenario.Customer.Id, from, from.AddMonths(12)));

        Assert.Equal("Statement.PeriodTooLong", Assert.Single(error.Errors).Code);
        Assert.Empty(CustomerStatementService.ValidatePeriod(from, from.AddMonths(12).AddDays(-1), Today()));
    }

    [Fact]
    public async Task AR3_APeriodEndingAfterToday_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainValidationException>(() => RepStatements.StatementAsync(_scenario.Customer.Id, April1, Today().AddDays(1)));

        Assert.Equal("Statement.PeriodInFuture", Assert.Single(error.Errors).Code);
    }

    [Fact]
    public void AR3_ThePeriodOfferedByDefault_IsThePreviousCalendarMonth()
    {
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), CustomerStatementService.PreviousMonth(new DateOnly(2026, 3, 2)));
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), CustomerStatementService.PreviousMonth(new DateOnly(2026, 1, 31)));
    }

    private DateOnly Today() => Company.Calendar.DayOf(_scenario.Database.Time.GetUtcNow());
}
