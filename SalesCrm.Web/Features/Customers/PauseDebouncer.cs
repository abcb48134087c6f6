namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// Runs work once the user pauses typing (OWN-2's check while typing): each call cancels the previous one that is
/// still waiting. Disposing cancels a waiting call; the work holds its own token, so disposal never breaks it.
/// </summary>
public sealed class PauseDebouncer(TimeSpan pause) : IDisposable
{
    private CancellationTokenSource? _waiting;

    public async Task RunAsync(Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_waiting is not null)
        {
            await _waiting.CancelAsync();
            _waiting.Dispose();
        }

        _waiting = new CancellationTokenSource();
        var token = _waiting.Token;
        try
        {
            await Task.Delay(pause, token);
            await work(token);
        }
        catch (OperationCanceledException)
        {
            // A later keystroke started a newer run, or the page closed.
        }
    }

    public void Dispose()
    {
        _waiting?.Cancel();
        _waiting?.Dispose();
    }
}
