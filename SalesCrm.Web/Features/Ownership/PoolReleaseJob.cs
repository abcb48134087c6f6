using Microsoft.Extensions.Options;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>OWN-6: runs <see cref="PoolService.ReleaseDueAsync"/> every <see cref="PoolOptions.CheckEvery"/> on the app's clock.</summary>
public sealed class PoolReleaseJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<PoolOptions> options, ILogger<PoolReleaseJob> logger)
    : PeriodicJob(scopes, time)
{
    protected override TimeSpan Every => options.Value.CheckEvery;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PoolService>().ReleaseDueAsync(cancellationToken);

    protected override void RunFailed(Exception exception) => logger.PoolReleaseFailed(exception);
}
