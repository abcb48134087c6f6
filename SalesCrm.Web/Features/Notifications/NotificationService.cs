using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications: nobody reads or marks another user's.</summary>
public sealed class NotificationService(IDbContextFactory<CrmDbContext> dbFactory, CurrentUserAccessor currentUser, TimeProvider time, NotificationSignal signal)
{
    public async Task<PagedResult<NotificationRow>> ListAsync(PageRequest request, bool unreadOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == user.Id && (!unreadOnly || n.ReadAt == null));
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip(request.Skip).Take(request.Take)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Subject, n.Detail, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return new PagedResult<NotificationRow>(rows, total);
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.RecipientId == user.Id && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks one of the user's notifications read; false when it is not theirs (or does not exist).</summary>
    public async Task<bool> MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == user.Id, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        signal.Raise([user.Id]);
        return true;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var count = await db.Notifications.Where(n => n.RecipientId == user.Id && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        signal.Raise([user.Id]);
        return count;
    }
}
