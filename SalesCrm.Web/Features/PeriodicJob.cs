namespace SalesCrm.Web.Features;

/// <summary>
/// A background job that does one run on start and then every <c>every</c> on the app's clock (so tests drive it with a
/// fake clock), each run in its own scope. One failed run is logged and does not end the job; the next tick tries again.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time) : BackgroundService
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastRunStartedAt = DateTimeOffset.MinValue;
    private TaskCompletionSource _runFinished = NewRunFinished();

    /// <summary>
    /// Completes once a run that began at or after <paramref name="since"/> on the job's clock has finished, succeeded or
    /// failed; cancelled if the job stops first. Whoever moves the clock (a test with a fake one) awaits it to know the job
    /// has seen the new time, rather than sleeping and hoping. It asks for a run by its start time, not for "the next run",
    /// because a run may be under way, or already due from an earlier tick, when the clock moves, and its end says nothing
    /// about the new time.
    /// </summary>
    public async Task RunFinishedAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task finished;
            lock (_gate)
            {
                if (_lastRunStartedAt >= since)
                {
                    return;
                }

                finished = _runFinished.Task;
            }

            await finished.WaitAsync(cancellationToken);
        }
    }

    protected abstract TimeSpan Every { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected abstract void RunFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            do
            {
                var startedAt = time.GetUtcNow();
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    RunFailed(e);
                }

                Finished(startedAt);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            lock (_gate)
            {
                _runFinished.TrySetCanceled(stoppingToken);
            }
        }
    }

    private static TaskCompletionSource NewRunFinished() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Finished(DateTimeOffset startedAt)
    {
        TaskCompletionSource finished;
        lock (_gate)
        {
            _lastRunStartedAt = startedAt;
            finished = _runFinished;
            _runFinished = NewRunFinished();
        }

        finished.TrySetResult();
    }
}
