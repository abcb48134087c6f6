namespace SalesCrm.Web.Features.Notifications;

/// <summary>
/// Tells open circuits in this server that a user's notifications changed, so the unread badge updates at once. The
/// notifications themselves live in the database; a badge that misses a signal (another server) catches up on its
/// next refresh.
/// </summary>
public sealed class NotificationSignal
{
    public event Action<Guid>? Changed;

    public void Raise(IEnumerable<Guid> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        foreach (var recipient in recipients.Distinct())
        {
            Changed?.Invoke(recipient);
        }
    }
}
