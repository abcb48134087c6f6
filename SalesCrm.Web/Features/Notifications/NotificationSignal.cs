using SalesCrm.Domain.Notifications;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Web.Features.Notifications;

/// <summary>
/// Tells open circuits in this server that a user's notifications changed, so the unread badge updates at once. Every
/// committed save that adds notifications raises it (whether a service or an event handler added them), so no
/// feature has to remember to. The notifications themselves live in the database; a badge that misses a signal
/// (another server) catches up on its next refresh.
/// </summary>
public sealed class NotificationSignal : ICommitObserver
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

    public void Committed(IReadOnlyList<object> added) => Raise(added.OfType<Notification>().Select(n => n.RecipientId));
}
