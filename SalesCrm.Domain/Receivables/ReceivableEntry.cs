namespace SalesCrm.Domain.Receivables;

/// <summary>
/// One line of a receivable's history (AR-1, AR-3), never changed once written. <see cref="Reference"/> is the invoice
/// number or who at the customer confirmed the charges; <see cref="Note"/> the reason of a credit note or deduction;
/// <see cref="On"/> the day the money arrived, for a payment.
/// </summary>
public sealed record ReceivableEntry(
    Guid Id,
    ReceivableEntryKind Kind,
    decimal Amount,
    string? Reference,
    string? Note,
    DateOnly? On,
    Guid ById,
    DateTimeOffset At);
