using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// Once armed, holds every save at the point where the context has prepared its changes (version checked, audit rows
/// added) until <c>parties</c> saves have arrived, then lets them all write at once: a real race, not a simulated one.
/// </summary>
public sealed class SaveBarrier : SaveChangesInterceptor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private TaskCompletionSource? _allArrived;
    private int _expected;
    private int _arrived;

    public void Arm(int parties)
    {
        _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _expected = parties;
        _arrived = 0;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (_allArrived is { } allArrived)
        {
            if (Interlocked.Increment(ref _arrived) == _expected)
            {
                allArrived.SetResult();
            }

            await allArrived.Task.WaitAsync(Timeout, cancellationToken);
        }

        return result;
    }
}
