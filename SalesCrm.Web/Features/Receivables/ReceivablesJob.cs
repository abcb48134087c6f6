using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// Every <see cref="ReceivableOptions.CheckEvery"/> on the app's clock: AR-1, owning reps are alerted once when an
/// allowed debt's promised date passes unpaid (<see cref="ReceivableService.AlertOverdueDebtsAsync"/>); AR-2, at the start
/// of a month the department head is told once that last month's statement is ready (<see cref="MonthlyStatementService.AnnounceAsync"/>).
/// </summary>
public sealed class ReceivablesJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReceivableOptions> options, ILogger<ReceivablesJob> logger) : BackgroundService
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
                await scope.ServiceProvider.GetRequiredService<MonthlyStatementService>().AnnounceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run must not end the job; the next tick tries again.
                logger.ReceivablesRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
