using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>
/// TIER-1: every <see cref="TierOptions.RecomputeEvery"/> (a day by default) on the app's clock, the customers whose grade
/// may have changed are regraded, so a contract ageing out of the 12 months lowers the grade (<see cref="TierService.RegradeAllAsync"/>).
/// </summary>
public sealed class TierJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<TierOptions> options, ILogger<TierJob> logger)
    : PeriodicJob(scopes, time)
{
    protected override TimeSpan Every => options.Value.RecomputeEvery;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TierService>().RegradeAllAsync(cancellationToken);

    protected override void RunFailed(Exception exception) => logger.RegradeRunFailed(exception);
}
