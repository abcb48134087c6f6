using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Tiers;

internal static partial class TierLog
{
    [LoggerMessage(2601, LogLevel.Information, "Customer {CustomerId} regraded from {Before} to {After} (TIER-1)")]
    public static partial void CustomerRegraded(this ILogger logger, Guid customerId, Tier before, Tier after);

    [LoggerMessage(2602, LogLevel.Information, "Customer {CustomerId}: {Action} by {UserId} (TIER-1/TIER-2)")]
    public static partial void StandingChanged(this ILogger logger, Guid customerId, string action, Guid userId);

    [LoggerMessage(2603, LogLevel.Information, "Nightly regrading looked at {Customers} customers and changed {Changed} (TIER-1)")]
    public static partial void NightlyRegraded(this ILogger logger, int customers, int changed);

    [LoggerMessage(2604, LogLevel.Error, "The nightly regrading failed; the next run tries again")]
    public static partial void RegradeRunFailed(this ILogger logger, Exception exception);

    [LoggerMessage(2605, LogLevel.Information, "Seeded the demo grades, lost reasons, notices and care for {Customers} customers")]
    public static partial void DemoGradesSeeded(this ILogger logger, int customers);
}
