using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-4: every <see cref="VisitOptions.ReturnVisitCheckEvery"/> on the app's clock, the month's return visits are planned (<see cref="ReturnVisitService.PlanDueAsync"/>).</summary>
public sealed class ReturnVisitJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<VisitOptions> options, ILogger<ReturnVisitJob> logger)
    : PeriodicJob(scopes, time)
{
    protected override TimeSpan Every => options.Value.ReturnVisitCheckEvery;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ReturnVisitService>().PlanDueAsync(cancellationToken);

    protected override void RunFailed(Exception exception) => logger.ReturnVisitRunFailed(exception);
}
