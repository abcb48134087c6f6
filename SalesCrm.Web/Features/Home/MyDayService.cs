using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Web.Features.Home;

/// <summary>
/// The counts "My day" shows each role first (issue 6 §12), each within what the role may see (SEC-1). The lists behind
/// them live on their own pages; this only counts.
/// </summary>
public sealed class MyDayService(
    IDbContextFactory<CrmDbContext> dbFactory, CurrentUserAccessor currentUser, TimeProvider time, CompanyCalendar calendar, IOptions<ServiceOptions> service)
{
    public static readonly TimeSpan CollisionWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan LateEntryWindow = TimeSpan.FromDays(30);

    /// <summary>Null for roles that are not managers.</summary>
    public async Task<ManagerFlags?> ManagerFlagsAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var scope = VisitAccess.LateEntryScope(user.Role);
        if (scope == AccessScope.None || !OwnershipAccess.CanSeeCollisions(user.Role))
        {
            return null;
        }

        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var region = user.RegionId;
        var customers = scope == AccessScope.All ? db.Customers : db.Customers.Where(c => c.RegionId == region);
        var collisionsSince = now - CollisionWindow;
        var collisions = await db.Collisions.AsNoTracking().Where(OwnershipAccess.VisibleCollisions(user)).CountAsync(c => c.At >= collisionsSince, cancellationToken);
        var lateSince = now - LateEntryWindow;
        var late = await db.ContactLogs.AsNoTracking()
            .CountAsync(l => l.IsLateEntry && l.EnteredAt >= lateSince && customers.Any(c => c.Id == l.CustomerId), cancellationToken);

        var unassigned = await customers.AsNoTracking().Where(Domain.Customers.Customer.NeedingAccountManager).CountAsync(cancellationToken);
        // OWN-7: the closed accounts are few; their customers are counted along the owner index.
        var leavers = await db.Users.AsNoTracking().Where(u => u.IsDisabled).Select(u => u.Id).ToListAsync(cancellationToken);
        var waiting = leavers.Count == 0 ? 0 : await customers.AsNoTracking().CountAsync(c => leavers.Contains(c.OwnerId), cancellationToken);
        return new ManagerFlags(collisions, late, unassigned, waiting);
    }

    /// <summary>Null for roles that do not work service requests or approve their solutions.</summary>
    public async Task<ServiceFlags?> ServiceFlagsAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!ServiceAccess.CanLog(user.Role) && !ServiceAccess.CanDecideSolution(user))
        {
            return null;
        }

        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var requests = db.ServiceRequests.AsNoTracking().Where(ServiceAccess.Readable(user, db.Customers));
        var overdue = await requests.CountAsync(
            ServiceRequestService.Overdue(now - service.Value.FirstResponseWithin, calendar.DayOf(now)), cancellationToken);
        var mine = await requests.CountAsync(r => r.Status != ServiceRequestStatus.Closed && (r.InvestigatorId == user.Id || r.LoggedById == user.Id), cancellationToken);
        var awaiting = ServiceAccess.CanDecideSolution(user) ? await requests.CountAsync(r => r.Status == ServiceRequestStatus.SolutionProposed, cancellationToken) : 0;
        return new ServiceFlags(overdue, mine, awaiting);
    }
}
