using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

internal static partial class PerformanceLog
{
    [LoggerMessage(2701, LogLevel.Information, "{UserId} set {Count} {Kind} targets under {Scope} {ScopeId} {Period} (KPI-1)")]
    public static partial void TargetsSet(this ILogger logger, Guid userId, TargetKind kind, TargetScope scope, Guid scopeId, string period, int count);

    [LoggerMessage(2702, LogLevel.Warning, "{UserId} was refused setting targets under {Scope} {ScopeId} {Period} (KPI-1)")]
    public static partial void TargetRefused(this ILogger logger, Guid userId, TargetScope scope, Guid scopeId, string period);

    [LoggerMessage(2703, LogLevel.Error, "The performance job's run failed; the next run tries again (KPI-3)")]
    public static partial void PerformanceRunFailed(this ILogger logger, Exception exception);
}
