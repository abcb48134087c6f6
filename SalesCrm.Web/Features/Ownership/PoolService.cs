using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// OWN-6, the shared pool: customers whose owner logged no contact for <see cref="PoolOptions.DaysWithoutContact"/>
/// days are released (by <see cref="PoolReleaseJob"/>); any sales rep may claim one, and the first claim wins because
/// it is saved against the customer's version. Managers preview what goes in the next <see cref="PreviewDays"/> days.
/// </summary>
public sealed class PoolService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    ContactMatchKeys matchKeys,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<PoolOptions> options,
    ILogger<PoolService> logger)
{
    public const int PreviewDays = 7;

    private static readonly AuditActor Policy = new(null, "OWN-6 pool policy");

    public PoolOptions Settings => options.Value;

    /// <summary>The pool, for everyone who may register customers: name, industry, region, who had it and since when.</summary>
    public async Task<PagedResult<PooledRow>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        if (!CustomerAccess.CanCreate(user))
        {
            logger.AccessDenied(user.Id, user.Role, "list", "the customer pool");
            throw new AccessDeniedException("Only sales staff work the customer pool.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pooled = db.Customers.AsNoTracking().Where(c => c.PooledAt != null);
        var query = await CustomerSearch.ApplyAsync(db, matchKeys, pooled, request.Search, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.PooledAt).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new PooledRow(
                c.Id,
                c.Name,
                c.Industry,
                db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                c.PooledAt!.Value))
            .ToListAsync(cancellationToken);
        return new PagedResult<PooledRow>(rows, total);
    }

    /// <summary>
    /// The customers of the manager's reach that the policy releases within <see cref="PreviewDays"/> days unless their
    /// owner logs contact, soonest first. Computed with the configured days even while the pool is off.
    /// </summary>
    public async Task<PagedResult<DueRow>> DueAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanPreviewPoolReleases(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "preview", "pool releases");
            throw new AccessDeniedException("Only sales managers and the director see what goes to the pool.");
        }

        var days = Settings.DaysWithoutContact;
        var cutoff = PoolRelease.Cutoff(calendar.Today(time).AddDays(PreviewDays), days, calendar);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).Where(c => c.PooledAt == null && c.LastContactAt < cutoff);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(c => c.LastContactAt).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new
            {
                c.Id,
                c.Name,
                Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                c.LastContactAt,
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<DueRow>(rows.Select(r => new DueRow(r.Id, r.Name, r.Owner, r.Region, r.LastContactAt, PoolRelease.DueAt(r.LastContactAt, days, calendar))).ToList(), total);
    }

    /// <summary>
    /// OWN-6 with OWN-1/4: the signed-in rep claims a pooled customer and owns it from now. When two claim at once,
    /// the customer's version lets exactly one save in; the other is told it has gone.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> ClaimAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanClaimFromPool(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "claim", $"pooled customer {customerId}");
            throw new AccessDeniedException("Only sales staff claim customers from the pool.");
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return [new ValidationError(string.Empty, "Customer.NotFound", "This customer does not exist, or you have no access to it.")];
        }

        try
        {
            db.OwnershipLedger.Add(customer.ClaimFromPool(user.Id, user.RegionId, time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            return [new ValidationError(string.Empty, e.Code, e.Message)];
        }
        catch (DbUpdateConcurrencyException)
        {
            return [new ValidationError(string.Empty, "Pool.NotInPool", "This customer is no longer in the pool: someone claimed it a moment ago.")];
        }

        logger.ClaimedFromPool(customer.Id, user.Id);
        return [];
    }

    /// <summary>
    /// The release job's work: every owned customer without contact for the configured days goes to the pool, each
    /// in its own save with a ledger line and a notification to the former owner. A customer changed meanwhile (its
    /// owner just logged contact) is left for the next run. Returns how many were released.
    /// </summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken = default)
    {
        if (!Settings.Enabled)
        {
            return 0;
        }

        var days = Settings.DaysWithoutContact;
        var now = time.GetUtcNow();
        var cutoff = PoolRelease.Cutoff(calendar.DayOf(now), days, calendar);
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Customers.AsNoTracking().Where(c => c.PooledAt == null && c.LastContactAt < cutoff)
                .OrderBy(c => c.LastContactAt).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var released = 0;
        foreach (var id in due)
        {
            if (await ReleaseAsync(id, days, now, cancellationToken))
            {
                released++;
            }
        }

        return released;
    }

    private async Task<bool> ReleaseAsync(Guid id, int days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = Policy;
        var customer = await db.Customers.FirstAsync(c => c.Id == id, cancellationToken);
        try
        {
            db.OwnershipLedger.Add(customer.ReleaseToPool(days, now, calendar));
            var note = Notification.For(customer.OwnerId, NotificationKind.ReleasedToPool, customer.Name, days.ToString(System.Globalization.CultureInfo.InvariantCulture), "/ownership/pool", now);
            db.Notifications.Add(note);
            await db.SaveChangesAsync(cancellationToken);
            logger.ReleasedToPool(customer.Id, customer.OwnerId, days);
            return true;
        }
        catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
