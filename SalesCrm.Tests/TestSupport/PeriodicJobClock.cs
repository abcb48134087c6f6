using Microsoft.Extensions.Time.Testing;
using SalesCrm.Web.Features;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// Drives a <see cref="PeriodicJob"/> with the test's fake clock: each step returns once the job has run at the clock's
/// new time, so a test asserts on what that run did instead of sleeping first.
/// </summary>
public static class PeriodicJobClock
{
    // Only a broken job takes this long; a healthy run takes milliseconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Starts the job and returns after its run on start.</summary>
    public static async Task StartAndRunAsync(this PeriodicJob job, FakeTimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(time);
        await job.StartAsync(CancellationToken.None);
        await RanAsync(job, time);
    }

    /// <summary>Moves the clock to <paramref name="now"/>, at least one of the job's periods on, and returns after the run its timer starts.</summary>
    public static async Task RunAtAsync(this PeriodicJob job, FakeTimeProvider time, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(time);
        time.SetUtcNow(now);
        await RanAsync(job, time);
    }

    private static async Task RanAsync(PeriodicJob job, FakeTimeProvider time)
    {
        var since = time.GetUtcNow();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await job.RunFinishedAsync(since, patience.Token);
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            Assert.Fail($"{job.GetType().Name} did not run at {since:O} within {Patience.TotalSeconds} s; is its timer on the app's clock?");
        }
    }
}
