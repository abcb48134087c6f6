using Microsoft.Extensions.Options;

using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>OWN-6: runs <see cref="PoolService.ReleaseDueAsync"/> every <see cref="PoolOptions.CheckEvery"/> on the app's clock.</summary>
public sealed class PoolReleaseJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<PoolOptions> options, ILogger<PoolReleaseJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PoolService>().ReleaseDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run must not end the job; the next tick tries again.
                logger.PoolReleaseFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
