namespace SalesCrm.Web.Features.Visits;

/// <summary>The visits area's structured log events (VIS-1..5, TIER-3).</summary>
internal static partial class VisitLog
{
    [LoggerMessage(6101, LogLevel.Information, "Contact {ContactLogId} with customer {CustomerId} logged by {UserId}, late entry {IsLateEntry}")]
    public static partial void ContactLogged(this ILogger logger, Guid contactLogId, Guid customerId, Guid userId, bool isLateEntry);

    [LoggerMessage(6102, LogLevel.Information, "Contact {ContactLogId} {Action} by {UserId}")]
    public static partial void ContactChanged(this ILogger logger, Guid contactLogId, string action, Guid userId);

    [LoggerMessage(6103, LogLevel.Information, "Planned contact {PlannedContactId} {Action} by {UserId}")]
    public static partial void PlanChanged(this ILogger logger, Guid plannedContactId, string action, Guid userId);

    [LoggerMessage(6104, LogLevel.Information, "Seeded {Contacts} demo contact records and {Plans} planned contacts")]
    public static partial void DemoVisitsSeeded(this ILogger logger, int contacts, int plans);

    [LoggerMessage(6105, LogLevel.Information, "Planned {Count} return visit(s) (VIS-4)")]
    public static partial void ReturnVisitsPlanned(this ILogger logger, int count);

    [LoggerMessage(6106, LogLevel.Error, "The return-visit planning run failed; the next run tries again")]
    public static partial void ReturnVisitRunFailed(this ILogger logger, Exception exception);
}
