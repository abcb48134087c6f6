using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>
/// SVC-3: every <see cref="ServiceOptions.CheckEvery"/> on the app's clock, the service managers are told once of each
/// item whose first response or solution deadline has passed (<see cref="ServiceRequestService.NotifyOverdueAsync"/>).
/// </summary>
public sealed class ServiceSlaJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ServiceOptions> options, ILogger<ServiceSlaJob> logger)
    : PeriodicJob(scopes, time)
{
    protected override TimeSpan Every => options.Value.CheckEvery;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ServiceRequestService>().NotifyOverdueAsync(cancellationToken);

    protected override void RunFailed(Exception exception) => logger.ServiceRunFailed(exception);
}
