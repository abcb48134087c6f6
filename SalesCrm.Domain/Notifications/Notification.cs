using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Notifications;

/// <summary>
/// A message for one user in the in-app notification centre. It is written in the same transaction as the change it
/// tells of, so no notification announces something that did not happen, and none is lost. The text is rendered in
/// the reader's language from the kind and its two arguments (typically the record's name and who acted).
/// </summary>
public sealed class Notification : Entity
{
    public const int ArgumentMaxLength = 200;
    public const int LinkMaxLength = 200;

    private Notification()
    {
        Subject = string.Empty;
        Link = string.Empty;
    }

    public Guid RecipientId { get; private set; }
    public NotificationKind Kind { get; private set; }

    /// <summary>What the notification is about, e.g. the customer's name.</summary>
    public string Subject { get; private set; }

    /// <summary>Who did it, or another detail the kind's text names.</summary>
    public string? Detail { get; private set; }

    /// <summary>Where in the app the recipient goes to act on it (a relative URL).</summary>
    public string Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification For(Guid recipientId, NotificationKind kind, string subject, string? detail, string link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(link);
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException("A notification links inside the app.", nameof(link));
        }

        return new Notification
        {
            RecipientId = recipientId,
            Kind = kind,
            Subject = Cut(subject.Trim()),
            Detail = detail is null ? null : Cut(detail.Trim()),
            Link = link,
            CreatedAt = now,
        };
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    private static string Cut(string text) => text.Length <= ArgumentMaxLength ? text : text[..(ArgumentMaxLength - 1)] + "…";
}
