using SalesCrm.Tests.TestSupport;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Receivables;

namespace SalesCrm.Tests.Domain.Receivables;

/// <summary>AR-1 and AR-3 on the receivable alone: every allowed move, and every refused one with its message.</summary>
public sealed class ReceivableTests
{
    private static readonly DateTimeOffset SignedAt = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = SignedAt.AddDays(10);
    private readonly Guid _collector = Guid.NewGuid();
    private readonly Guid _rep = Guid.NewGuid();
    private readonly Guid _manager = Guid.NewGuid();
    private readonly Guid _head = Guid.NewGuid();

    [Fact]
    public void AR1_OpenedAtSigning_IsDueOnTheSigningDayPlusThePaymentTerms_AndOwesTheContractTotal()
    {
        var contract = SignedContracts.Signed(SignedAt, paymentTermsDays: 45, unitPrice: 128_000.50m);

        var receivable = Receivable.OpenFor(contract, SignedAt, Company.Calendar);

        Assert.Equal((contract.Id, contract.CustomerId, contract.OwnerId, contract.RegionId), (receivable.ContractId, receivable.CustomerId, receivable.OwnerId, receivable.RegionId));
        Assert.Equal((new DateOnly(2026, 7, 16), new DateOnly(2026, 7, 16)), (receivable.DueDate, receivable.AgingFrom));
        Assert.Equal((Money.Cny(128_000.50m), Money.Cny(128_000.50m), false), (receivable.Total, receivable.Outstanding, receivable.IsSettled));
    }

    [Fact]
    public void AR1_AContractNotSigned_OpensNoReceivable()
    {
        var draft = Contract.Draft(
            "HT-1", Guid.NewGuid(), null, _rep, Guid.NewGuid(),
            new ContractTerms([new ContractLine(Guid.NewGuid(), "A", "A", "台", 1m, 1m, 1m)], "CNY", new DateOnly(2026, 9, 1), SalesCrm.Domain.Pipeline.PaymentMethod.BankTransfer,
                SettlementMethod.Monthly, 30, null, SigningMethod.Paper, null, FreeService: false),
            SettlementMethod.Monthly, _rep, SignedAt, Company.Calendar);

        var e = Assert.Throws<DomainException>(() => Receivable.OpenFor(draft, SignedAt, Company.Calendar));

        Assert.Equal(("Receivable.ContractNotSigned", "A receivable is opened when its contract is signed."), (e.Code, e.Message));
    }

    [Fact]
    public void AR1_NoMethodMovesTheDueDate_TheContractFixesIt()
    {
        var setters = typeof(Receivable).GetProperty(nameof(Receivable.DueDate))!.SetMethod;

        Assert.True(setters is null || setters.IsPrivate);
        var receivable = Open(SettlementMethod.Cash);
        receivable.RequestDebt(new DateOnly(2026, 8, 15), _rep, Later, Company.Calendar);
        receivable.AllowDebt(_manager, Later);
        Assert.Equal(new DateOnly(2026, 7, 1), receivable.DueDate);
    }

    [Fact]
    public void AR3_ConfirmedCharges_CanBeInvoiced()
    {
        var receivable = Open();

        receivable.ConfirmCharges(Money.Cny(60_000m), "王经理 by e-mail", _collector, Later);
        receivable.Invoice("FP-001", Money.Cny(60_000m), _collector, Later);

        Assert.Equal((Money.Cny(60_000m), Money.Cny(60_000m)), (receivable.Confirmed, receivable.Invoiced));
        Assert.Equal([ReceivableEntryKind.ChargesConfirmed, ReceivableEntryKind.Invoice], receivable.Entries.Select(e => e.Kind));
        Assert.Equal(("王经理 by e-mail", "FP-001"), (receivable.Entries[0].Reference, receivable.Entries[1].Reference));
    }

    [Fact]
    public void AR3_AnInvoiceBeforeTheCustomerConfirmedTheCharges_IsRefused()
    {
        var receivable = Open();

        var e = Assert.Throws<DomainException>(() => receivable.Invoice("FP-001", Money.Cny(1m), _collector, Later));

        Assert.Equal("Receivable.InvoiceExceedsConfirmed", e.Code);
        Assert.Equal("Only charges the customer has confirmed are invoiced: CNY 0.00 is confirmed and not yet invoiced.", e.Message);
        Assert.Empty(receivable.Entries);
    }

    [Fact]
    public void AR3_AnInvoiceOverTheConfirmedAndNotYetInvoicedAmount_IsRefused()
    {
        var receivable = Open();
        receivable.ConfirmCharges(Money.Cny(60_000m), "王经理", _collector, Later);
        receivable.Invoice("FP-001", Money.Cny(50_000m), _collector, Later);

        var e = Assert.Throws<DomainException>(() => receivable.Invoice("FP-002", Money.Cny(10_000.01m), _collector, Later));

        Assert.Equal("Only charges the customer has confirmed are invoiced: CNY 10,000.00 is confirmed and not yet invoiced.", e.Message);
        Assert.Equal(Money.Cny(50_000m), receivable.Invoiced);
    }

    [Fact]
    public void AR3_AnInvoiceNumberTwice_IsRefused()
    {
        var receivable = Open();
        receivable.ConfirmCharges(Money.Cny(60_000m), "王经理", _collector, Later);
        receivable.Invoice("FP-001", Money.Cny(10_000m), _collector, Later);

        var e = Assert.Throws<DomainException>(() => receivable.Invoice("fp-001", Money.Cny(10_000m), _collector, Later));

        Assert.Equal(("Receivable.InvoiceNumberTaken", "Invoice fp-001 is already recorded on this contract."), (e.Code, e.Message));
    }

    [Fact]
    public void AR3_ConfirmingMoreThanTheContractTotal_IsRefused()
    {
        var receivable = Open();

        var e = Assert.Throws<DomainException>(() => receivable.ConfirmCharges(Money.Cny(100_000.01m), "王经理", _collector, Later));

        Assert.Equal(("Receivable.ConfirmationExceedsTotal", "The confirmed charges cannot exceed the contract's total of CNY 100,000.00."), (e.Code, e.Message));
    }

    [Fact]
    public void AR3_AConfirmationWithoutWhoConfirmed_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() => Open().ConfirmCharges(Money.Cny(1m), "  ", _collector, Later));

        Assert.Equal(("ConfirmedBy", "Receivable.ConfirmedByRequired", "Say who at the customer confirmed the charges."), Single(e));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void AR1_AnAmountOfZeroOrLess_IsRefused(decimal amount)
    {
        var e = Assert.Throws<DomainValidationException>(() => Open().RecordPayment(Money.Cny(amount), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar));

        Assert.Equal(("Amount", "Receivable.AmountNotPositive", "The amount is more than zero."), Single(e));
    }

    [Fact]
    public void AR1_AnAmountInAnotherCurrency_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Open().RecordPayment(new Money(10m, "USD"), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar));

        Assert.Equal(("Money.CurrencyMismatch", "This contract is in CNY, not USD."), (e.Code, e.Message));
    }

    [Fact]
    public void AR1_APartialPayment_LeavesTheRestOutstanding()
    {
        var receivable = Open();

        receivable.RecordPayment(Money.Cny(40_000m), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar);

        Assert.Equal((Money.Cny(40_000m), Money.Cny(60_000m), false), (receivable.Collected, receivable.Outstanding, receivable.IsSettled));
        Assert.Equal(new DateOnly(2026, 6, 5), receivable.Entries.Single().On);
    }

    [Fact]
    public void AR1_PaymentInFull_SettlesIt()
    {
        var receivable = Open();

        receivable.RecordPayment(Money.Cny(100_000m), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar);

        Assert.Equal((Money.Cny(0m), true, 0), (receivable.Outstanding, receivable.IsSettled, receivable.DaysOverdue(new DateOnly(2027, 1, 1))));
    }

    [Fact]
    public void AR1_APaymentOverWhatIsOwed_IsRefused()
    {
        var receivable = Open();
        receivable.RecordPayment(Money.Cny(90_000m), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar);

        var e = Assert.Throws<DomainException>(() => receivable.RecordPayment(Money.Cny(10_000.01m), new DateOnly(2026, 6, 6), _collector, Later, Company.Calendar));

        Assert.Equal("Receivable.OverCollection", e.Code);
        Assert.Equal("This payment would collect more than is owed (CNY 10,000.00 can still be received). Issue a credit note for the excess first.", e.Message);
        Assert.Equal(Money.Cny(90_000m), receivable.Collected);
    }

    [Fact]
    public void AR1_ACreditNote_AllowsCollectingTheExcess_AndNothingIsOutstanding()
    {
        var receivable = Open();

        receivable.IssueCreditNote(Money.Cny(5_000m), "Customer paid twice; refund agreed", _collector, Later);
        receivable.RecordPayment(Money.Cny(105_000m), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar);

        Assert.Equal((Money.Cny(105_000m), Money.Cny(0m), Money.Cny(5_000m), true), (receivable.Collected, receivable.Outstanding, receivable.Overpaid, receivable.IsSettled));
    }

    [Fact]
    public void AR1_ACreditNoteWithoutAReason_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() => Open().IssueCreditNote(Money.Cny(5_000m), null, _collector, Later));

        Assert.Equal(("Reason", "Receivable.ReasonRequired", "Give the reason."), Single(e));
    }

    [Fact]
    public void AR1_CreditNotesOverTheContractTotal_AreRefused()
    {
        var e = Assert.Throws<DomainException>(() => Open().IssueCreditNote(Money.Cny(100_000.01m), "Refund", _collector, Later));

        Assert.Equal(("Receivable.CreditNoteTooLarge", "Credit notes cannot exceed the contract's total of CNY 100,000.00."), (e.Code, e.Message));
    }

    [Fact]
    public void AR1_APaymentDatedInTheFuture_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() => Open().RecordPayment(Money.Cny(1m), Company.Calendar.DayOf(Later).AddDays(1), _collector, Later, Company.Calendar));

        Assert.Equal(("PaidOn", "Receivable.PaidOnFuture", "A payment cannot be dated in the future."), Single(e));
    }

    [Theory]
    [InlineData(DeductionKind.Deduction, ReceivableEntryKind.Deduction)]
    [InlineData(DeductionKind.Claim, ReceivableEntryKind.Claim)]
    public void AR1_ADeductionOrClaim_IsRecordedWithItsReason_AndReducesWhatIsOwed(DeductionKind kind, ReceivableEntryKind recorded)
    {
        var receivable = Open();

        receivable.RecordDeduction(Money.Cny(2_500m), "Two pallets damaged in delivery", kind, _collector, Later);

        Assert.Equal((Money.Cny(2_500m), Money.Cny(97_500m)), (receivable.Deducted, receivable.Outstanding));
        var entry = Assert.Single(receivable.Entries);
        Assert.Equal((recorded, 2_500m, "Two pallets damaged in delivery"), (entry.Kind, entry.Amount, entry.Note));
    }

    [Fact]
    public void AR1_ADeductionWithoutAReason_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() => Open().RecordDeduction(Money.Cny(1m), " ", DeductionKind.Claim, _collector, Later));

        Assert.Equal(("Reason", "Receivable.ReasonRequired", "Give the reason."), Single(e));
    }

    [Fact]
    public void AR1_ADeductionOverWhatIsOutstanding_IsRefused()
    {
        var receivable = Open();
        receivable.RecordPayment(Money.Cny(99_000m), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar);

        var e = Assert.Throws<DomainException>(() => receivable.RecordDeduction(Money.Cny(1_000.01m), "Late delivery", DeductionKind.Claim, _collector, Later));

        Assert.Equal(("Receivable.DeductionExceedsOutstanding", "A deduction cannot exceed what is outstanding (CNY 1,000.00)."), (e.Code, e.Message));
    }

    [Fact]
    public void AR1_AfterADeduction_PayingTheFullTotal_IsOverCollection()
    {
        var receivable = Open();
        receivable.RecordDeduction(Money.Cny(2_500m), "Damaged pallets", DeductionKind.Deduction, _collector, Later);

        Assert.Equal("Receivable.OverCollection", Assert.Throws<DomainException>(() => receivable.RecordPayment(Money.Cny(100_000m), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar)).Code);
        receivable.RecordPayment(Money.Cny(97_500m), new DateOnly(2026, 6, 5), _collector, Later, Company.Calendar);
        Assert.True(receivable.IsSettled);
    }

    [Fact]
    public void AR1_ACashCustomersDebt_AllowedByTheManager_AgesFromThePromisedDate()
    {
        var receivable = Open(SettlementMethod.Cash);

        receivable.RequestDebt(new DateOnly(2026, 8, 15), _rep, Later, Company.Calendar);
        receivable.AllowDebt(_manager, Later);

        Assert.Equal((DebtStatus.Allowed, new DateOnly(2026, 8, 15), _manager), (receivable.Debt, receivable.AgingFrom, receivable.DebtDecidedById));
        Assert.Equal((0, AgingBucket.Current), (receivable.DaysOverdue(new DateOnly(2026, 8, 15)), receivable.AgingOn(new DateOnly(2026, 8, 15))));
        Assert.Equal(1, receivable.DaysOverdue(new DateOnly(2026, 8, 16)));
    }

    [Fact]
    public void AR1_NobodyApprovesTheirOwnDebtRequest()
    {
        var receivable = Open(SettlementMethod.Cash);
        receivable.RequestDebt(new DateOnly(2026, 8, 15), _manager, Later, Company.Calendar);

        var e = Assert.Throws<DomainException>(() => receivable.AllowDebt(_manager, Later));

        Assert.Equal(("Receivable.OwnDebtApproval", "Nobody approves their own request."), (e.Code, e.Message));
        Assert.Equal((DebtStatus.Requested, new DateOnly(2026, 7, 1)), (receivable.Debt, receivable.AgingFrom));
    }

    [Fact]
    public void AR1_ADebtRequest_NeedsAPromisedDate()
    {
        var e = Assert.Throws<DomainValidationException>(() => Open(SettlementMethod.Cash).RequestDebt(null, _rep, Later, Company.Calendar));

        Assert.Equal(("PromisedDate", "Receivable.PromisedDateRequired", "Give the date the customer promises to pay by."), Single(e));
    }

    [Fact]
    public void AR1_APromisedDateNotAfterToday_IsRefused()
    {
        var e = Assert.Throws<DomainValidationException>(() => Open(SettlementMethod.Cash).RequestDebt(Company.Calendar.DayOf(Later), _rep, Later, Company.Calendar));

        Assert.Equal(("PromisedDate", "Receivable.PromisedDatePast", "The promised date is after today."), Single(e));
    }

    [Fact]
    public void AR1_AMonthlyCustomer_HasPaymentTerms_NotADebtToAllow()
    {
        var e = Assert.Throws<DomainException>(() => Open(SettlementMethod.Monthly).RequestDebt(new DateOnly(2026, 8, 15), _rep, Later, Company.Calendar));

        Assert.Equal(("Receivable.NotCashSettlement", "Only a cash-settlement customer needs approval to run a debt; this contract has payment terms."), (e.Code, e.Message));
    }

    [Fact]
    public void AR1_AllowingWithoutARequest_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Open(SettlementMethod.Cash).AllowDebt(_manager, Later));

        Assert.Equal(("Receivable.NoDebtRequest", "There is no open request to run a debt."), (e.Code, e.Message));
    }

    [Fact]
    public void AR1_ARefusedDebt_NeedsAReason_AndTheDueDateStands()
    {
        var receivable = Open(SettlementMethod.Cash);
        receivable.RequestDebt(new DateOnly(2026, 8, 15), _rep, Later, Company.Calendar);
        Assert.Throws<DomainValidationException>(() => receivable.RefuseDebt(_manager, null, Later));

        receivable.RefuseDebt(_manager, "Credit standing is poor", Later);

        Assert.Equal((DebtStatus.Refused, "Credit standing is poor", new DateOnly(2026, 7, 1)), (receivable.Debt, receivable.DebtRefusalReason, receivable.AgingFrom));
    }

    [Fact]
    public void AR1_ASecondDebtRequestWhileOneIsAllowed_IsRefused()
    {
        var receivable = Open(SettlementMethod.Cash);
        receivable.RequestDebt(new DateOnly(2026, 8, 15), _rep, Later, Company.Calendar);
        receivable.AllowDebt(_manager, Later);

        var e = Assert.Throws<DomainException>(() => receivable.RequestDebt(new DateOnly(2026, 9, 15), _rep, Later, Company.Calendar));

        Assert.Equal(("Receivable.DebtAlreadyRequested", "A debt is already requested or allowed for this contract."), (e.Code, e.Message));
        Assert.Equal(new DateOnly(2026, 8, 15), receivable.PromisedDate);
    }

    [Fact]
    public void AR1_PastThePromisedDate_TheRepIsDueOneAlert()
    {
        var receivable = Open(SettlementMethod.Cash);
        receivable.RequestDebt(new DateOnly(2026, 8, 15), _rep, Later, Company.Calendar);
        receivable.AllowDebt(_manager, Later);
        var dayAfter = new DateTimeOffset(2026, 8, 16, 1, 0, 0, TimeSpan.Zero);

        Assert.False(receivable.IsDebtOverdueAlertDue(new DateOnly(2026, 8, 15)));
        Assert.True(receivable.IsDebtOverdueAlertDue(new DateOnly(2026, 8, 16)));
        receivable.MarkDebtOverdueAlerted(dayAfter, Company.Calendar);

        Assert.False(receivable.IsDebtOverdueAlertDue(new DateOnly(2026, 8, 17)));
        Assert.Equal("Receivable.NoDebtOverdue", Assert.Throws<DomainException>(() => receivable.MarkDebtOverdueAlerted(dayAfter.AddDays(1), Company.Calendar)).Code);
    }

    [Fact]
    public void AR3_AQuery_IsVerifiedByTheCollector_ThenResolvedByTheDepartmentHead()
    {
        var receivable = Open();

        var id = receivable.RaiseQuery("Customer says invoice FP-001 counts the mast twice", _collector, Later);
        Assert.Equal(1, receivable.OpenQueries);
        receivable.VerifyQuery(id, _collector, "Mast billed twice; propose a credit of 3,000", Later);
        receivable.ResolveQuery(id, _head, "Approved: credit 3,000 on the next invoice", Later);

        var query = Assert.Single(receivable.Queries);
        Assert.Equal((QueryStatus.Resolved, _collector, _head, 0), (query.Status, query.VerifiedById, query.ResolvedById, receivable.OpenQueries));
    }

    [Fact]
    public void AR3_AQueryIsNotResolvedBeforeItIsVerified()
    {
        var receivable = Open();
        var id = receivable.RaiseQuery("Why is the total 100,000?", _collector, Later);

        var e = Assert.Throws<DomainException>(() => receivable.ResolveQuery(id, _head, "Explained", Later));

        Assert.Equal(("Receivable.QueryNotVerified", "A query is resolved after the collector has verified it."), (e.Code, e.Message));
    }

    [Fact]
    public void AR3_AVerifiedQuery_IsNotVerifiedAgain()
    {
        var receivable = Open();
        var id = receivable.RaiseQuery("Why is the total 100,000?", _collector, Later);
        receivable.VerifyQuery(id, _collector, "Total is right", Later);

        var e = Assert.Throws<DomainException>(() => receivable.VerifyQuery(id, _collector, "Again", Later));

        Assert.Equal(("Receivable.QueryNotOpen", "Only an open query is verified."), (e.Code, e.Message));
    }

    [Fact]
    public void AR3_WhoeverVerifiedAQuery_DoesNotAlsoResolveIt()
    {
        var receivable = Open();
        var id = receivable.RaiseQuery("Why is the total 100,000?", _head, Later);
        receivable.VerifyQuery(id, _head, "Total is right", Later);

        var e = Assert.Throws<DomainException>(() => receivable.ResolveQuery(id, _head, "Closed", Later));

        Assert.Equal(("Receivable.OwnVerification", "Whoever verified a query does not also resolve it."), (e.Code, e.Message));
    }

    [Fact]
    public void AR3_AQueryWithoutText_OrAnUnknownQuery_IsRefused()
    {
        var receivable = Open();

        Assert.Equal(("Text", "Receivable.QueryTextRequired", "Write down what the customer asks."), Single(Assert.Throws<DomainValidationException>(() => receivable.RaiseQuery(" ", _collector, Later))));
        Assert.Equal("Receivable.QueryNotFound", Assert.Throws<DomainException>(() => receivable.VerifyQuery(Guid.NewGuid(), _collector, "x", Later)).Code);
    }

    private static Receivable Open(SettlementMethod settlement = SettlementMethod.Monthly) =>
        Receivable.OpenFor(SignedContracts.Signed(SignedAt, paymentTermsDays: 30, settlement: settlement), SignedAt, Company.Calendar);

    private static (string Field, string Code, string Message) Single(DomainValidationException e)
    {
        var error = Assert.Single(e.Errors);
        return (error.Field, error.Code, error.Message);
    }
}
