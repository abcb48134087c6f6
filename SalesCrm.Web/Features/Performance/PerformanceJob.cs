using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// Every <see cref="PerformanceOptions.CheckEvery"/> on the app's clock: KPI-3, a sales manager is told once of each of
/// their people graded fail two months in a row (<see cref="PerformanceService.FlagTwoFailsAsync"/>).
/// </summary>
public sealed class PerformanceJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<PerformanceOptions> options, ILogger<PerformanceJob> logger)
    : PeriodicJob(scopes, time)
{
    protected override TimeSpan Every => options.Value.CheckEvery;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PerformanceService>().FlagTwoFailsAsync(cancellationToken);

    protected override void RunFailed(Exception exception) => logger.PerformanceRunFailed(exception);
}
