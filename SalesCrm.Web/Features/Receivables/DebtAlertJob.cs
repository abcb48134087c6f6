using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>AR-1: runs <see cref="ReceivableService.AlertOverdueDebtsAsync"/> every <see cref="ReceivableOptions.CheckEvery"/> on the app's clock.</summary>
public sealed class DebtAlertJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReceivableOptions> options, ILogger<DebtAlertJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReceivableService>().AlertOverdueDebtsAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run must not end the job; the next tick tries again.
                logger.DebtAlertRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
