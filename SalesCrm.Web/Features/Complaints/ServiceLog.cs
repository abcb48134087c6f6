using SalesCrm.Domain.Complaints;

namespace SalesCrm.Web.Features.Complaints;

internal static partial class ServiceLog
{
    [LoggerMessage(2050, LogLevel.Information, "Service request {RequestId}: {Action} by {UserId} (SVC-1/2)")]
    public static partial void ServiceRequestChanged(this ILogger logger, Guid requestId, string action, Guid userId);

    [LoggerMessage(2051, LogLevel.Information, "Service request {RequestId}: the {Deadline} is overdue; {Managers} service manager(s) told (SVC-3)")]
    public static partial void ServiceOverdueNotified(this ILogger logger, Guid requestId, string deadline, int managers);

    [LoggerMessage(2052, LogLevel.Error, "The service SLA run failed; the next run tries again")]
    public static partial void ServiceRunFailed(this ILogger logger, Exception exception);

    [LoggerMessage(2053, LogLevel.Information, "Logged {Kind} {RequestId} in region {RegionId} by {UserId} (SVC-1)")]
    public static partial void ServiceRequestLogged(this ILogger logger, ServiceRequestKind kind, Guid requestId, Guid regionId, Guid userId);
}
