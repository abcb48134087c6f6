using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Domain.Receivables;

/// <summary>
/// What a signed contract's customer owes and has paid (AR-1, AR-3). It is opened at signing with the contract's total
/// and a due date the contract fixes — the signing day plus its payment terms — that no method moves (003 §9.4). The
/// customer confirms charges before they are invoiced; payments are recorded up to what is owed, more only against a
/// credit note; deductions and claims are recorded with their reason and reduce what is owed. A cash-settlement
/// customer may run a debt to a promised date once a sales manager allows it; aging then counts from that date.
/// Customers' queries go from recorded to verified (by the collector) to resolved (by the department head).
/// </summary>
public sealed class Receivable : AggregateRoot
{
    public const int ReferenceMaxLength = 100;
    public const int TextMaxLength = 2000;

    private readonly List<ReceivableEntry> _entries = [];
    private readonly List<ReceivableQuery> _queries = [];
    private readonly List<ReceivableDueLine> _dueLines = [];

    private Receivable()
    {
        Currency = Money.DefaultCurrency;
    }

    public Guid ContractId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid RegionId { get; private set; }
    public string Currency { get; private set; }
    public decimal TotalAmount { get; private set; }
    public SettlementMethod Settlement { get; private set; }
    public DateOnly SignedOn { get; private set; }

    /// <summary>AR-1: the payment date the contract fixes. Set once, at opening; nothing moves it, a new version neither.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>AR-1: the amounts the contract's versions fixed, each with its own date (<see cref="ReceivableDueLine"/>).</summary>
    public IReadOnlyList<ReceivableDueLine> DueLines => _dueLines;

    /// <summary>AR-1: the furthest aging step the owning rep was told of (due, 30, 60, 90 days); each step is told once.</summary>
    public AgingBucket OverdueAlerted { get; private set; } = AgingBucket.Current;

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>When anything last happened to it; every change sets it, so every change is saved against the version.</summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    // Running totals kept beside the history, so lists filter and audit them without reading every entry.
    public decimal ConfirmedAmount { get; private set; }
    public decimal InvoicedAmount { get; private set; }
    public decimal CollectedAmount { get; private set; }
    public decimal CreditedAmount { get; private set; }
    public decimal DeductedAmount { get; private set; }

    /// <summary>Nothing is outstanding.</summary>
    public bool IsSettled { get; private set; }

    /// <summary>The date aging counts from: the promised date of an allowed debt, else the contract's due date.</summary>
    public DateOnly AgingFrom { get; private set; }

    public DebtStatus Debt { get; private set; }
    public DateOnly? PromisedDate { get; private set; }
    public Guid? DebtRequestedById { get; private set; }
    public DateTimeOffset? DebtRequestedAt { get; private set; }
    public Guid? DebtDecidedById { get; private set; }
    public DateTimeOffset? DebtDecidedAt { get; private set; }
    public string? DebtRefusalReason { get; private set; }

    /// <summary>AR-1: when the owning rep was told that the promised date passed; they are told once.</summary>
    public DateTimeOffset? DebtOverdueAlertedAt { get; private set; }

    public int OpenQueries { get; private set; }

    public IReadOnlyList<ReceivableEntry> Entries => _entries;
    public IReadOnlyList<ReceivableQuery> Queries => _queries;

    public Money Total => new(TotalAmount, Currency);
    public Money Confirmed => new(ConfirmedAmount, Currency);
    public Money Invoiced => new(InvoicedAmount, Currency);
    public Money Collected => new(CollectedAmount, Currency);
    public Money Credited => new(CreditedAmount, Currency);
    public Money Deducted => new(DeductedAmount, Currency);

    /// <summary>What the customer still owes: the total less deductions and claims, less what it paid; never below zero.</summary>
    public Money Outstanding => new(Math.Max(0m, OwedAmount - CollectedAmount), Currency);

    /// <summary>Money received beyond what is owed, covered by credit notes.</summary>
    public Money Overpaid => new(Math.Max(0m, CollectedAmount - OwedAmount), Currency);

    private decimal OwedAmount => TotalAmount - DeductedAmount;

    /// <summary>
    /// AR-1: opens the receivable of a contract at its signing. The due date is the signing day (a company day, CAL-1)
    /// plus the contract's payment terms.
    /// </summary>
    public static Receivable OpenFor(Contract contract, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(calendar);
        if (contract.SignedAt is not { } signedAt)
        {
            throw new DomainException("Receivable.ContractNotSigned", "A receivable is opened when its contract is signed.");
        }

        var signedOn = calendar.DayOf(signedAt);
        var due = signedOn.AddDays(contract.Terms.PaymentTermsDays ?? 0);
        var total = contract.Terms.Total;
        var receivable = new Receivable
        {
            ContractId = contract.Id, CustomerId = contract.CustomerId, OwnerId = contract.OwnerId, RegionId = contract.RegionId,
            Currency = total.Currency, TotalAmount = total.Amount, Settlement = contract.Terms.Settlement ?? SettlementMethod.Monthly,
            SignedOn = signedOn, DueDate = due, AgingFrom = due, OpenedAt = now, LastActivityAt = now, IsSettled = total.Amount == 0m,
        };
        receivable._dueLines.Add(new ReceivableDueLine(due, total.Amount));
        return receivable;
    }

    /// <summary>
    /// CON-3/AR-1: a signed new version of the contract takes over its receivable, so one contract number has one account.
    /// What was confirmed, invoiced, collected and deducted stays with its history; the total becomes the new version's.
    /// Nobody moves a payment date the contract fixed: every due date stays, an added amount gets a line of its own due
    /// by the new version's terms, and a lower total takes the reduction off the latest lines first. Refused when more
    /// was already collected than the new total lets be owed.
    /// </summary>
    public void CarryTo(Contract next, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(calendar);
        if (next.PreviousVersionId != ContractId || next.SignedAt is not { } signedAt)
        {
            throw new DomainException("Receivable.NotTheNextVersion", "A receivable moves only to the signed next version of its contract.");
        }

        var total = next.Terms.Total;
        if (total.Currency != Currency)
        {
            throw new DomainException("Receivable.CurrencyChanged", $"The new version is in {total.Currency}; this receivable is in {Currency}.");
        }

        if (CollectedAmount > total.Amount - DeductedAmount + CreditedAmount)
        {
            throw new DomainException("Receivable.NewTotalBelowCollected", $"More was already collected ({Collected}) than the new version's total lets be owed; issue a credit note first.");
        }

        SignedOn = calendar.DayOf(signedAt);
        FixDueLines(total.Amount, SignedOn.AddDays(next.Terms.PaymentTermsDays ?? 0));
        ContractId = next.Id;
        TotalAmount = total.Amount;
        Settlement = next.Terms.Settlement ?? Settlement;
        IsSettled = Outstanding.Amount == 0m;
        Touch(now);
    }

    /// <summary>OWN-5/OWN-6: the receivable follows its customer's owner, who helps collect it, and region.</summary>
    public void FollowCustomer(Guid ownerId, Guid regionId)
    {
        OwnerId = ownerId;
        RegionId = regionId;
    }

    public int DaysOverdue(DateOnly today) => IsSettled ? 0 : Aging.DaysPast(AgingFrom, today);

    public AgingBucket AgingOn(DateOnly today) => Aging.BucketOf(DaysOverdue(today));

    /// <summary>AR-3: the customer confirmed <paramref name="amount"/> of the charges; <paramref name="confirmedBy"/> says who, and how.</summary>
    public void ConfirmCharges(Money amount, string? confirmedBy, Guid byId, DateTimeOffset at)
    {
        var value = Positive(amount);
        var who = Text.Required(confirmedBy, ReferenceMaxLength, "ConfirmedBy", "Receivable.ConfirmedByRequired", "Say who at the customer confirmed the charges.");
        if (ConfirmedAmount + value > TotalAmount)
        {
            throw new DomainException("Receivable.ConfirmationExceedsTotal", $"The confirmed charges cannot exceed the contract's total of {Total}.");
        }

        ConfirmedAmount += value;
        Add(ReceivableEntryKind.ChargesConfirmed, value, who, null, null, byId, at);
    }

    /// <summary>AR-3: an invoice for charges the customer confirmed and that are not invoiced yet.</summary>
    public void Invoice(string? number, Money amount, Guid byId, DateTimeOffset at)
    {
        var value = Positive(amount);
        var clean = Text.Required(number, ReferenceMaxLength, "Number", "Receivable.InvoiceNumberRequired", "Give the invoice number.");
        if (_entries.Exists(e => e.Kind == ReceivableEntryKind.Invoice && string.Equals(e.Reference, clean, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("Receivable.InvoiceNumberTaken", $"Invoice {clean} is already recorded on this contract.");
        }

        var invoiceable = ConfirmedAmount - InvoicedAmount;
        if (value > invoiceable)
        {
            throw new DomainException(
                "Receivable.InvoiceExceedsConfirmed",
                $"Only charges the customer has confirmed are invoiced: {new Money(invoiceable, Currency)} is confirmed and not yet invoiced.");
        }

        InvoicedAmount += value;
        Add(ReceivableEntryKind.Invoice, value, clean, null, null, byId, at);
    }

    /// <summary>AR-1: money received. More than is owed is refused unless credit notes cover the excess.</summary>
    public void RecordPayment(Money amount, DateOnly paidOn, Guid byId, DateTimeOffset at, CompanyCalendar calendar)
    {
        var value = Positive(amount);
        if (paidOn > calendar.DayOf(at))
        {
            throw new DomainValidationException([new ValidationError("PaidOn", "Receivable.PaidOnFuture", "A payment cannot be dated in the future.")]);
        }

        var ceiling = OwedAmount + CreditedAmount;
        if (CollectedAmount + value > ceiling)
        {
            throw new DomainException(
                "Receivable.OverCollection",
                $"This payment would collect more than is owed ({new Money(Math.Max(0m, ceiling - CollectedAmount), Currency)} can still be received). Issue a credit note for the excess first.");
        }

        CollectedAmount += value;
        Add(ReceivableEntryKind.Payment, value, null, null, paidOn, byId, at);
    }

    /// <summary>Allows collecting <paramref name="amount"/> beyond what is owed (a refund or a credit on the next order), with the reason.</summary>
    public void IssueCreditNote(Money amount, string? reason, Guid byId, DateTimeOffset at)
    {
        var value = Positive(amount);
        var why = Text.Required(reason, TextMaxLength, "Reason", "Receivable.ReasonRequired", "Give the reason.");
        if (CreditedAmount + value > TotalAmount)
        {
            throw new DomainException("Receivable.CreditNoteTooLarge", $"Credit notes cannot exceed the contract's total of {Total}.");
        }

        CreditedAmount += value;
        Add(ReceivableEntryKind.CreditNote, value, null, why, null, byId, at);
    }

    /// <summary>AR-1 (003 §9.3): a deduction or claim, recorded with its reason; it reduces what the customer owes. The service reports it to the manager.</summary>
    public void RecordDeduction(Money amount, string? reason, DeductionKind kind, Guid byId, DateTimeOffset at)
    {
        var value = Positive(amount);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainValidationException([new ValidationError("Kind", "Receivable.DeductionKindRequired", "Choose deduction or claim.")]);
        }

        var why = Text.Required(reason, TextMaxLength, "Reason", "Receivable.ReasonRequired", "Give the reason.");
        if (value > Outstanding.Amount)
        {
            throw new DomainException("Receivable.DeductionExceedsOutstanding", $"A deduction cannot exceed what is outstanding ({Outstanding}).");
        }

        DeductedAmount += value;
        Add(kind == DeductionKind.Claim ? ReceivableEntryKind.Claim : ReceivableEntryKind.Deduction, value, null, why, null, byId, at);
    }

    /// <summary>AR-1 (003 §8.3.3): asks that a cash-settlement customer may pay by <paramref name="promisedDate"/>; a sales manager decides.</summary>
    public void RequestDebt(DateOnly? promisedDate, Guid requestedById, DateTimeOffset at, CompanyCalendar calendar)
    {
        if (Settlement != SettlementMethod.Cash)
        {
            throw new DomainException("Receivable.NotCashSettlement", "Only a cash-settlement customer needs approval to run a debt; this contract has payment terms.");
        }

        if (IsSettled)
        {
            throw new DomainException("Receivable.Settled", "Nothing is outstanding on this contract.");
        }

        if (Debt is DebtStatus.Requested or DebtStatus.Allowed)
        {
            throw new DomainException("Receivable.DebtAlreadyRequested", "A debt is already requested or allowed for this contract.");
        }

        if (promisedDate is not { } promised)
        {
            throw new DomainValidationException([new ValidationError("PromisedDate", "Receivable.PromisedDateRequired", "Give the date the customer promises to pay by.")]);
        }

        if (promised <= calendar.DayOf(at))
        {
            throw new DomainValidationException([new ValidationError("PromisedDate", "Receivable.PromisedDatePast", "The promised date is after today.")]);
        }

        Debt = DebtStatus.Requested;
        PromisedDate = promised;
        DebtRequestedById = requestedById;
        DebtRequestedAt = at;
        DebtDecidedById = null;
        DebtDecidedAt = null;
        DebtRefusalReason = null;
        Touch(at);
    }

    /// <summary>AR-1: the sales manager allows the requested debt; aging then counts from the promised date. Nobody approves their own request.</summary>
    public void AllowDebt(Guid approvedById, DateTimeOffset at)
    {
        RequirePendingDebt(approvedById);
        Debt = DebtStatus.Allowed;
        DebtDecidedById = approvedById;
        DebtDecidedAt = at;
        AgingFrom = PromisedDate!.Value;
        Touch(at);
    }

    /// <summary>AR-1: the sales manager refuses the requested debt, saying why; the contract's due date stands.</summary>
    public void RefuseDebt(Guid managerId, string? reason, DateTimeOffset at)
    {
        RequirePendingDebt(managerId);
        DebtRefusalReason = Text.Required(reason, TextMaxLength, "Reason", "Receivable.ReasonRequired", "Give the reason.");
        Debt = DebtStatus.Refused;
        DebtDecidedById = managerId;
        DebtDecidedAt = at;
        Touch(at);
    }

    /// <summary>AR-1: whether the owning rep is due to be told that an allowed debt's promised date passed unpaid.</summary>
    public bool IsDebtOverdueAlertDue(DateOnly today) =>
        Debt == DebtStatus.Allowed && !IsSettled && DebtOverdueAlertedAt is null && PromisedDate < today;

    public void MarkDebtOverdueAlerted(DateTimeOffset at, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IsDebtOverdueAlertDue(calendar.DayOf(at)))
        {
            throw new DomainException("Receivable.NoDebtOverdue", "No allowed debt of this contract is past its promised date without an alert.");
        }

        DebtOverdueAlertedAt = at;
        Touch(at);
    }

    /// <summary>AR-3: records a customer's query; returns its id.</summary>
    public Guid RaiseQuery(string? text, Guid raisedById, DateTimeOffset at)
    {
        var clean = Text.Required(text, TextMaxLength, "Text", "Receivable.QueryTextRequired", "Write down what the customer asks.");
        var query = new ReceivableQuery(Guid.NewGuid(), clean, raisedById, at);
        _queries.Add(query);
        OpenQueries++;
        Touch(at);
        return query.Id;
    }

    /// <summary>AR-3: the collector checks the query and proposes a resolution to the department head.</summary>
    public void VerifyQuery(Guid queryId, Guid collectorId, string? finding, DateTimeOffset at)
    {
        var index = QueryIndex(queryId, QueryStatus.Open, "Receivable.QueryNotOpen", "Only an open query is verified.");
        var clean = Text.Required(finding, TextMaxLength, "Finding", "Receivable.FindingRequired", "Say what you found and what you propose.");
        _queries[index] = _queries[index] with { Status = QueryStatus.Verified, VerifiedById = collectorId, Finding = clean, VerifiedAt = at };
        Touch(at);
    }

    /// <summary>AR-3: the department head resolves a verified query. Whoever verified it does not also resolve it.</summary>
    public void ResolveQuery(Guid queryId, Guid departmentHeadId, string? resolution, DateTimeOffset at)
    {
        var index = QueryIndex(queryId, QueryStatus.Verified, "Receivable.QueryNotVerified", "A query is resolved after the collector has verified it.");
        if (_queries[index].VerifiedById == departmentHeadId)
        {
            throw new DomainException("Receivable.OwnVerification", "Whoever verified a query does not also resolve it.");
        }

        var clean = Text.Required(resolution, TextMaxLength, "Resolution", "Receivable.ResolutionRequired", "Say how the query is resolved.");
        _queries[index] = _queries[index] with { Status = QueryStatus.Resolved, ResolvedById = departmentHeadId, Resolution = clean, ResolvedAt = at };
        OpenQueries--;
        Touch(at);
    }

    private void RequirePendingDebt(Guid deciderId)
    {
        if (Debt != DebtStatus.Requested)
        {
            throw new DomainException("Receivable.NoDebtRequest", "There is no open request to run a debt.");
        }

        if (DebtRequestedById == deciderId)
        {
            throw new DomainException("Receivable.OwnDebtApproval", "Nobody approves their own request.");
        }
    }

    private int QueryIndex(Guid queryId, QueryStatus expected, string code, string message)
    {
        var index = _queries.FindIndex(q => q.Id == queryId);
        if (index < 0)
        {
            throw new DomainException("Receivable.QueryNotFound", "This query does not exist on this contract.");
        }

        if (_queries[index].Status != expected)
        {
            throw new DomainException(code, message);
        }

        return index;
    }

    private decimal Positive(Money amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Currency != Currency)
        {
            throw new DomainException("Money.CurrencyMismatch", $"This contract is in {Currency}, not {amount.Currency}.");
        }

        if (amount.Amount <= 0m)
        {
            throw new DomainValidationException([new ValidationError("Amount", "Receivable.AmountNotPositive", "The amount is more than zero.")]);
        }

        return amount.Amount;
    }

    private void Add(ReceivableEntryKind kind, decimal amount, string? reference, string? note, DateOnly? on, Guid byId, DateTimeOffset at)
    {
        _entries.Add(new ReceivableEntry(Guid.NewGuid(), kind, amount, reference, note, on, byId, at));
        IsSettled = Outstanding.Amount == 0m;
        Touch(at);
    }

    /// <summary>
    /// AR-1: the overdue step reached on <paramref name="today"/> that the owner has not been told of, or null. An allowed
    /// debt is followed by its promised date instead (<see cref="IsDebtOverdueAlertDue"/>).
    /// </summary>
    public AgingBucket? OverdueAlertDue(DateOnly today)
    {
        var bucket = AgingOn(today);
        return Debt != DebtStatus.Allowed && bucket != AgingBucket.Current && bucket > OverdueAlerted ? bucket : null;
    }

    /// <summary>AR-1: the owner is told of the overdue step reached now; returns it. Refused when there is no new step.</summary>
    public AgingBucket MarkOverdueAlerted(DateTimeOffset at, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        OverdueAlerted = OverdueAlertDue(calendar.DayOf(at))
            ?? throw new DomainException("Receivable.NoOverdueStep", "This receivable has not reached a new overdue step.");
        Touch(at);
        return OverdueAlerted;
    }

    private void FixDueLines(decimal newTotal, DateOnly addedDueOn)
    {
        var difference = newTotal - _dueLines.Sum(l => l.Amount);
        if (difference > 0m)
        {
            _dueLines.Add(new ReceivableDueLine(addedDueOn, difference));
            return;
        }

        for (var i = _dueLines.Count - 1; i >= 0 && difference < 0m; i--)
        {
            var taken = Math.Min(_dueLines[i].Amount, -difference);
            _dueLines[i] = _dueLines[i] with { Amount = _dueLines[i].Amount - taken };
            difference += taken;
        }
    }

    private void Touch(DateTimeOffset at) => LastActivityAt = at;
}
