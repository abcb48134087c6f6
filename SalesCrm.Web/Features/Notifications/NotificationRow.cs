using SalesCrm.Domain.Notifications;

namespace SalesCrm.Web.Features.Notifications;

public sealed record NotificationRow(Guid Id, NotificationKind Kind, string Subject, string? Detail, string Link, DateTimeOffset CreatedAt, bool IsRead);
