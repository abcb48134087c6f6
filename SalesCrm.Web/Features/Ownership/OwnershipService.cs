using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>Ownership as managers oversee it: the collisions of OWN-3 (newest first), within what OwnershipAccess allows.</summary>
public sealed class OwnershipService(IDbContextFactory<CrmDbContext> dbFactory, CurrentUserAccessor currentUser, ILogger<OwnershipService> logger)
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
        var readable = db.Customers.Where(CustomerAccess.Readable(user)).Select(c => c.Id);
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
                readable.Contains(c.CustomerId)))
            .ToListAsync(cancellationToken);
        return new PagedResult<CollisionRow>(rows, total);
    }
}
