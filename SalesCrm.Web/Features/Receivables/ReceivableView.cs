using SalesCrm.Domain.Common;
using SalesCrm.Domain.Receivables;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// One contract's receivable as its page shows it (AR-1, AR-3): the amounts, the fixed due date and the aging today,
/// the debt allowance, the history and queries with who acted, and what the reader may do.
/// </summary>
public sealed record ReceivableView(
    Guid ContractId,
    string ContractNumber,
    string Customer,
    string Owner,
    Money Total,
    Money Confirmed,
    Money Invoiced,
    Money Collected,
    Money Credited,
    Money Deducted,
    Money Outstanding,
    DateOnly DueDate,
    DateOnly AgingFrom,
    int DaysOverdue,
    AgingBucket Aging,
    bool IsCash,
    DebtStatus Debt,
    DateOnly? PromisedDate,
    string? DebtRefusalReason,
    IReadOnlyList<ReceivableHistoryRow> History,
    IReadOnlyList<ReceivableQueryRow> Queries,
    ReceivablePermissions May);
