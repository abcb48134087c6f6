namespace SalesCrm.Web.Features.Receivables;

/// <summary>The receivables' structured log events (AR-1, AR-3, CON-5, SEC-3).</summary>
internal static partial class ReceivableLog
{
    [LoggerMessage(2030, LogLevel.Information, "Receivable of contract {ContractId}: {Action} by {UserId} (AR-1/AR-3)")]
    public static partial void ReceivableChanged(this ILogger logger, Guid contractId, string action, Guid userId);

    [LoggerMessage(2031, LogLevel.Information, "Receivable opened for signed contract {ContractId}, due {DueDate} (AR-1)")]
    public static partial void ReceivableOpened(this ILogger logger, Guid contractId, DateOnly dueDate);

    [LoggerMessage(2032, LogLevel.Information, "Owner {OwnerId} alerted ({Kind}): contract {ContractId} not paid in time (AR-1)")]
    public static partial void OwnerAlerted(this ILogger logger, Guid contractId, Guid ownerId, Domain.Notifications.NotificationKind kind);

    [LoggerMessage(2033, LogLevel.Error, "The receivables job's run failed; the next run tries again (AR-1, AR-2)")]
    public static partial void ReceivablesRunFailed(this ILogger logger, Exception exception);

    [LoggerMessage(2035, LogLevel.Information, "Customer statement {StatementNumber} of customer {CustomerId} for {From}..{To} issued to {UserId}: {Contracts} contract(s) (AR-3, SEC-3)")]
    public static partial void CustomerStatementIssued(this ILogger logger, string statementNumber, Guid customerId, DateOnly from, DateOnly to, Guid userId, int contracts);
}
