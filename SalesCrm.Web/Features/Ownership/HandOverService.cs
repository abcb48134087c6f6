using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Notifications;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// OWN-7: when a rep leaves, their sales manager (their region) or the director hands the leaver's customers to
/// successors in one step — one successor for all, another for some — with one reason, and may close the leaver's
/// account in the same step. Each customer moves as a transfer (OWN-5: a ledger line with the reason, audited), and what
/// follows a customer follows through its owner-changed events. A-tier customers the leaver looked after as account
/// manager lose that assignment when the account closes, so TIER-2 asks the manager for a new one.
/// </summary>
public sealed class HandOverService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    ILogger<HandOverService> logger)
{
    /// <summary>The people of the user's scope who own customers: those who left (a closed account) first, then by name.</summary>
    public async Task<IReadOnlyList<HandOverPerson>> PeopleAsync(CancellationToken cancellationToken = default)
    {
        var user = await RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await InScope(db, user).GroupBy(c => c.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.Key).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Id != user.Id)
            .Join(db.Regions, u => u.RegionId, r => r.Id, (u, r) => new { u.Id, u.DisplayName, u.IsDisabled, u.Role, Region = r.Name })
            .ToListAsync(cancellationToken);
        return [.. people.Select(p => new HandOverPerson(p.Id, p.DisplayName, p.Region, p.Role, p.IsDisabled, counts.First(c => c.Key == p.Id).Count))
            .OrderByDescending(p => p.HasLeft).ThenBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>A page of the person's customers (in the user's scope), by name.</summary>
    public async Task<PagedResult<HandOverCustomer>> CustomersAsync(Guid personId, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = InScope(db, user).Where(c => c.OwnerId == personId);
        var total = await customers.CountAsync(cancellationToken);
        var page = await customers.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new { c.Id, c.Name, c.ComputedTier, c.TierOverride, c.Status }).ToListAsync(cancellationToken);
        return new PagedResult<HandOverCustomer>([.. page.Select(c => new HandOverCustomer(c.Id, c.Name, c.TierOverride ?? c.ComputedTier, c.Status))], total);
    }

    /// <summary>Who may take the leaver's customers: active people who own customers and whom the user may make owners.</summary>
    public async Task<IReadOnlyList<HandOverSuccessor>> SuccessorsAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var user = await RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Id != personId)
            .Join(db.Regions, u => u.RegionId, r => r.Id, (u, r) => new { u.Id, u.DisplayName, u.Role, u.RegionId, Region = r.Name })
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => CustomerAccess.CanAssignOwner(user, c.Id, c.Role, c.RegionId))
            .Select(c => new HandOverSuccessor(c.Id, c.DisplayName, c.Region))
            .OrderBy(c => c.Region, StringComparer.CurrentCulture).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// Moves every customer of <see cref="HandOverRequest.PersonId"/> in the user's scope to the successor (or the one
    /// chosen for it), in one transaction; closes the person's account when asked. Returns field errors, none when done.
    /// </summary>
    public async Task<HandOverResult> HandOverAsync(HandOverRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await RequireAsync();
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new ValidationError(nameof(request.Reason), "HandOver.ReasonRequired", "Give the reason, e.g. the rep left the company on a date."));
        }

        if (request.SuccessorId is null)
        {
            errors.Add(new ValidationError(nameof(request.SuccessorId), "HandOver.SuccessorRequired", "Choose who takes the customers."));
        }

        if (errors.Count > 0)
        {
            return new HandOverResult(errors, 0);
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var leaver = await db.Users.FirstOrDefaultAsync(u => u.Id == request.PersonId, cancellationToken);
        if (leaver is null || leaver.Id == user.Id || !InRegionOf(user, leaver.RegionId))
        {
            logger.AccessDenied(user.Id, user.Role, "hand over the customers of", $"user {request.PersonId}");
            throw new AccessDeniedException("You may hand over only the customers of your region's people.");
        }

        var customers = await InScope(db, user, tracked: true).Where(c => c.OwnerId == leaver.Id).ToListAsync(cancellationToken);
        var chosen = request.Overrides.Values.Append(request.SuccessorId!.Value).Distinct().ToList();
        var successors = (await SuccessorsAsync(leaver.Id, cancellationToken)).Where(s => chosen.Contains(s.Id)).ToDictionary(s => s.Id);
        if (!successors.ContainsKey(request.SuccessorId.Value))
        {
            return Refused(nameof(request.SuccessorId), "HandOver.SuccessorNotAllowed", "You cannot make this person the owner.");
        }

        if (request.Overrides.Any(o => !successors.ContainsKey(o.Value) || customers.All(c => c.Id != o.Key)))
        {
            return Refused(nameof(request.Overrides), "HandOver.OverrideNotAllowed", "One of the customers chosen separately is not the leaver's, or its successor cannot own it.");
        }

        var regions = await db.Users.AsNoTracking().Where(u => chosen.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.RegionId, cancellationToken);
        var now = time.GetUtcNow();
        try
        {
            foreach (var customer in customers)
            {
                var successor = request.Overrides.GetValueOrDefault(customer.Id, request.SuccessorId.Value);
                db.OwnershipLedger.Add(customer.TransferTo(successor, regions[successor], request.Reason!.Trim(), user.Id, now));
            }

            if (request.CloseAccount)
            {
                // SEC-1: the closed account loses its sessions at the next revalidation, as when an administrator disables it.
                leaver.IsDisabled = true;
                leaver.SecurityStamp = Guid.NewGuid().ToString("N");
                foreach (var managed in await db.Customers.Where(c => c.AccountManagerId == leaver.Id).ToListAsync(cancellationToken))
                {
                    managed.ClearAccountManager();
                }
            }

            db.Notifications.AddRange(customers.GroupBy(c => request.Overrides.GetValueOrDefault(c.Id, request.SuccessorId.Value))
                .Select(g => Notification.For(g.Key, NotificationKind.CustomersHandedOver, leaver.DisplayName, g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), "/customers", now)));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainValidationException e)
        {
            return new HandOverResult(e.Errors, 0);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(string.Empty, "HandOver.Changed", "One of these customers changed a moment ago. Reload and hand them over again.");
        }

        logger.CustomersHandedOver(leaver.Id, customers.Count, user.Id, request.CloseAccount);
        return new HandOverResult([], customers.Count);
    }

    private async Task<CurrentUser> RequireAsync()
    {
        var user = await currentUser.RequireAsync();
        if (CustomerAccess.TransferScope(user.Role) == AccessScope.None)
        {
            logger.AccessDenied(user.Id, user.Role, "open", "the hand-over of a leaver's customers");
            throw new AccessDeniedException("Only a sales manager or the director hands over a leaver's customers.");
        }

        return user;
    }

    private static bool InRegionOf(CurrentUser user, Guid regionId) => CustomerAccess.TransferScope(user.Role) == AccessScope.All || regionId == user.RegionId;

    private static IQueryable<Domain.Customers.Customer> InScope(CrmDbContext db, CurrentUser user, bool tracked = false)
    {
        var customers = tracked ? db.Customers : db.Customers.AsNoTracking();
        var region = user.RegionId;
        return CustomerAccess.TransferScope(user.Role) == AccessScope.All ? customers : customers.Where(c => c.RegionId == region);
    }

    private static HandOverResult Refused(string field, string code, string message) => new([new ValidationError(field, code, message)], 0);
}
