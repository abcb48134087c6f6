namespace SalesCrm.Web.Features;

/// <summary>
/// A background job that does one run on start and then every <c>every</c> on the app's clock (so tests drive it with a
/// fake clock), each run in its own scope. One failed run is logged and does not end the job; the next tick tries again.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time) : BackgroundService
{
    protected abstract TimeSpan Every { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected abstract void RunFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
