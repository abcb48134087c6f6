namespace SalesCrm.Web.Features.Customers;

internal static partial class LostCustomerLog
{
    [LoggerMessage(2611, LogLevel.Information, "Customer {CustomerId} marked lost by {UserId} (CUS-3)")]
    public static partial void CustomerMarkedLost(this ILogger logger, Guid customerId, Guid userId);

    [LoggerMessage(2612, LogLevel.Information, "Customer {CustomerId} reactivated by {UserId}; onboarding notice raised (CUS-5)")]
    public static partial void CustomerReactivated(this ILogger logger, Guid customerId, Guid userId);

    [LoggerMessage(2613, LogLevel.Information, "Care recorded for customer {CustomerId} by {UserId} (CUS-4)")]
    public static partial void CareRecorded(this ILogger logger, Guid customerId, Guid userId);
}
