using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>Ownership as managers oversee it: the collisions of OWN-3 and the transfers of OWN-5.</summary>
public sealed class OwnershipService(IDbContextFactory<CrmDbContext> dbFactory, CurrentUserAccessor currentUser, TimeProvider time, ILogger<OwnershipService> logger)
{
    public async Task<PagedResult<CollisionRow>> CollisionsAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanSeeCollisions(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "list", "collisions");
            throw new AccessDeniedException("Only sales managers and the director see collisions.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Collisions.AsNoTracking().Where(OwnershipAccess.VisibleCollisions(user));
        var readable = db.Customers.Where(CustomerAccess.Readable(user));
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // What the row shows: the typed name, both reps, and the customer's name only where the viewer may read it,
            // so a search cannot tell which collisions are about a customer the viewer may not see (SEC-1).
            var pattern = LikePattern.Containing(request.Search.Trim());
            query = query.Where(c => EF.Functions.Like(c.TypedName, pattern, LikePattern.Escape)
                || db.Users.Any(u => (u.Id == c.ClaimantId || u.Id == c.OwnerId) && EF.Functions.Like(u.DisplayName, pattern, LikePattern.Escape))
                || readable.Any(k => k.Id == c.CustomerId && EF.Functions.Like(k.Name, pattern, LikePattern.Escape)));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.At).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new CollisionRow(
                c.At,
                db.Users.Where(u => u.Id == c.ClaimantId).Select(u => u.DisplayName).First(),
                db.Regions.Where(r => r.Id == c.ClaimantRegionId).Select(r => r.Name).First(),
                c.TypedName,
                c.MatchedOn,
                db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                db.Regions.Where(r => r.Id == c.OwnerRegionId).Select(r => r.Name).First(),
                c.CustomerId,
                readable.Where(k => k.Id == c.CustomerId).Select(k => k.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new PagedResult<CollisionRow>(rows, total);
    }

    /// <summary>The customer's ownership ledger, newest first; null when the user may not read the customer.</summary>
    public async Task<IReadOnlyList<LedgerRow>?> LedgerAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.Where(CustomerAccess.Readable(user)).AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        var lines = await db.OwnershipLedger.AsNoTracking().Where(l => l.CustomerId == customerId).ToListAsync(cancellationToken);
        var people = lines.SelectMany(l => new[] { l.OwnerId, l.DecidedById, l.PreviousOwnerId ?? Guid.Empty }).ToHashSet();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(Guid id) => names.GetValueOrDefault(id, "?");
        return lines.OrderByDescending(l => l.At)
            .Select(l => new LedgerRow(l.At, l.Change, Name(l.OwnerId), l.PreviousOwnerId is { } p ? Name(p) : null, l.DecidedById == OwnershipRecord.Policy ? null : Name(l.DecidedById), l.Reason))
            .ToList();
    }

    /// <summary>
    /// OWN-5: moves a customer to another owner, with a reason, in one transaction with the ledger line and the audit
    /// trail. Returns the field errors; none means done. A customer the manager may not see is "not found".
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> TransferAsync(Guid customerId, Guid newOwnerId, string reason, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customer = await db.Customers.Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return [new ValidationError(string.Empty, "Customer.NotFound", "This customer does not exist, or you have no access to it.")];
        }

        if (!CustomerAccess.CanTransfer(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, "transfer", $"customer {customerId}");
            throw new AccessDeniedException("Only a sales manager or the director transfers customers.");
        }

        var owner = await db.Users.AsNoTracking().Where(u => u.Id == newOwnerId && !u.IsDisabled)
            .Select(u => new { u.Id, u.Role, u.RegionId }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !CustomerAccess.CanAssignOwner(user, owner.Id, owner.Role, owner.RegionId))
        {
            logger.AccessDenied(user.Id, user.Role, "assign owner", $"user {newOwnerId}");
            return [new ValidationError("OwnerId", "Customer.OwnerNotAllowed", "You cannot make this person the owner.")];
        }

        try
        {
            var previous = customer.OwnerId;
            var now = time.GetUtcNow();
            db.OwnershipLedger.Add(customer.TransferTo(owner.Id, owner.RegionId, reason, user.Id, now));
            var names = await db.Users.AsNoTracking().Where(u => u.Id == previous || u.Id == owner.Id).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var link = $"/customers/{customer.Id}";
            Notification[] notes =
            [
                Notification.For(previous, NotificationKind.CustomerTransferredAway, customer.Name, names.GetValueOrDefault(owner.Id), link, now),
                Notification.For(owner.Id, NotificationKind.CustomerTransferredToYou, customer.Name, user.Name, link, now),
            ];
            db.Notifications.AddRange(notes);
            await db.SaveChangesAsync(cancellationToken);
            logger.CustomerTransferred(customer.Id, previous, owner.Id, user.Id);
            return [];
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }
    }
}
