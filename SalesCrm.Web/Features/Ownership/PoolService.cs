using System.Linq.Expressions;
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
/// OWN-6, the shared pool: customers whose owner logged no contact for their grade's days
/// (<see cref="PoolOptions.DaysFor"/>) are released (by <see cref="PoolReleaseJob"/>), after reminders to the owner; a
/// sales rep claims one from their region's pool within the claim rules (<see cref="PoolClaimRules"/>), and the first
/// claim wins because it is saved against the customer's version. Managers preview what goes in the next
/// <see cref="PreviewDays"/> days.
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

    private const int MaxClaimAttempts = 3;

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
        var found = await query.OrderByDescending(c => c.PooledAt).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Industry,
                c.RegionId,
                Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                FormerOwner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                PooledAt = c.PooledAt!.Value,
            })
            .ToListAsync(cancellationToken);
        if (!OwnershipAccess.CanClaimFromPool(user.Role))
        {
            return new PagedResult<PooledRow>(found.Select(c => new PooledRow(c.Id, c.Name, c.Industry, c.Region, c.FormerOwner, c.PooledAt, null)).ToList(), total);
        }

        // The reason a claim would be refused, with the same rules the claim applies: two counts and one ledger query a page.
        var now = time.GetUtcNow();
        var (held, today) = await CountsAsync(db, user.Id, now, cancellationToken);
        var released = await ReleasedFromAsync(db, user.Id, found.Select(c => c.Id).ToList(), cancellationToken);
        var rows = found.Select(c =>
        {
            var claimant = new PoolClaimant(user.RegionId, ByRegionManager: false, held, today, released.GetValueOrDefault(c.Id));
            return new PooledRow(c.Id, c.Name, c.Industry, c.Region, c.FormerOwner, c.PooledAt, Settings.ClaimRules.Check(c.RegionId, c.Region, claimant, now, calendar));
        }).ToList();
        return new PagedResult<PooledRow>(rows, total);
    }

    /// <summary>
    /// The customers of the manager's reach that the policy releases within <see cref="PreviewDays"/> days unless their
    /// owner logs contact, soonest first, each with its grade's days. Computed with the configured days even while the pool is off.
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

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).Where(DueOn(calendar.Today(time).AddDays(PreviewDays)));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(c => c.LastContactAt).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new
            {
                c.Id,
                c.Name,
                Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                c.LastContactAt,
                Tier = c.TierOverride ?? c.ComputedTier,
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<DueRow>(rows.Select(r => new DueRow(r.Id, r.Name, r.Owner, r.Region, r.LastContactAt, PoolRelease.DueAt(r.LastContactAt, Settings.DaysFor(r.Tier)!.Value, calendar))).ToList(), total);
    }

    /// <summary>
    /// OWN-6 with OWN-1/4: the signed-in rep claims a pooled customer and owns it from now, if the pool's rules let them
    /// (the refusal names the rule and when it lifts). When two claim at once, the customer's version lets exactly one
    /// save in; the other is told it has gone. Returns null when claimed.
    /// </summary>
    public async Task<PoolRefusal?> ClaimAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanClaimFromPool(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "claim", $"pooled customer {customerId}");
            throw new AccessDeniedException("Only sales staff claim customers from the pool.");
        }

        return await ClaimAsync(user, customerId, user.Id, cancellationToken);
    }

    /// <summary>
    /// OWN-6, a claim across regions: the sales manager of the customer's region (or the director) claims it from that
    /// region's pool for a rep of any region, who owns it from now in their own region. The rep's other rules (holding,
    /// daily limit, cooling-off) still apply. Returns null when claimed.
    /// </summary>
    public async Task<PoolRefusal?> ClaimForAsync(Guid customerId, Guid repId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanClaimForReps(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "claim for a rep", $"pooled customer {customerId}");
            throw new AccessDeniedException("Only the sales manager of the customer's region claims it for a rep.");
        }

        Guid? region;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            region = await db.Customers.Where(c => c.Id == customerId && c.PooledAt != null).Select(c => (Guid?)c.RegionId).FirstOrDefaultAsync(cancellationToken);
        }

        if (region is { } customerRegion && !OwnershipAccess.CanClaimForRep(user, customerRegion))
        {
            logger.AccessDenied(user.Id, user.Role, "claim for a rep", $"pooled customer {customerId}");
            throw new AccessDeniedException("Only the sales manager of the customer's region claims it for a rep.");
        }

        return await ClaimAsync(user, customerId, repId, cancellationToken);
    }

    /// <summary>Whom a manager may claim a pooled customer for: the active sales staff of every region.</summary>
    public async Task<IReadOnlyList<OwnerOption>> RepOptionsAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanClaimForReps(user.Role))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && CustomerAccess.OwnerRoles.Contains(u.Role))
            .Join(db.Regions, u => u.RegionId, r => r.Id, (u, r) => new { u.Id, u.DisplayName, u.Role, Region = r.Name })
            .OrderBy(o => o.Region).ThenBy(o => o.DisplayName)
            .Select(o => new OwnerOption(o.Id, o.DisplayName, o.Role, o.Region))
            .ToListAsync(cancellationToken);
    }

    private async Task<PoolRefusal?> ClaimAsync(CurrentUser user, Guid customerId, Guid repId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
            var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
            var rep = await db.Users.FirstOrDefaultAsync(u => u.Id == repId && !u.IsDisabled && CustomerAccess.OwnerRoles.Contains(u.Role), cancellationToken);
            if (customer is null || rep is null)
            {
                return new PoolRefusal("Customer.NotFound", "This customer does not exist, or you have no access to it.", []);
            }

            var now = time.GetUtcNow();
            var region = await db.Regions.Where(r => r.Id == customer.RegionId).Select(r => r.Name).FirstAsync(cancellationToken);
            var claimant = await ClaimantAsync(db, rep.Id, rep.RegionId, byRegionManager: repId != user.Id, customer.Id, now, cancellationToken);
            try
            {
                db.OwnershipLedger.Add(customer.ClaimFromPool(rep.Id, user.Id, region, Settings.ClaimRules, claimant, now, calendar));
                // OWN-4 for the rep's limits: renewing the rep's concurrency stamp in the same save puts one rep's claims
                // in a row, so of two at once for their last slot the second save fails and is judged again, counting the first.
                rep.ConcurrencyStamp = Guid.NewGuid().ToString();
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (PoolClaimRefused e)
            {
                logger.PoolClaimRefused(customer.Id, rep.Id, user.Id, e.Code);
                return e.Refusal;
            }
            catch (DomainException e)
            {
                return new PoolRefusal(e.Code, e.Message, []);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxClaimAttempts)
            {
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                return new PoolRefusal("Pool.NotInPool", "This customer is no longer in the pool: someone claimed it a moment ago.", []);
            }

            logger.ClaimedFromPool(customer.Id, rep.Id);
            return null;
        }
    }

    /// <summary>What the claim rules count for the rep now; a limit that is off is not counted.</summary>
    private async Task<PoolClaimant> ClaimantAsync(CrmDbContext db, Guid repId, Guid repRegionId, bool byRegionManager, Guid customerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (held, today) = await CountsAsync(db, repId, now, cancellationToken);
        var released = await ReleasedFromAsync(db, repId, [customerId], cancellationToken);
        return new PoolClaimant(repRegionId, byRegionManager, held, today, released.GetValueOrDefault(customerId));
    }

    private async Task<(int Held, int ClaimedToday)> CountsAsync(CrmDbContext db, Guid repId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rules = Settings.ClaimRules;
        var today = calendar.DayOf(now);
        var dayStart = calendar.StartOf(today);
        var held = rules.HoldingLimit is null ? 0 : await db.Customers.CountAsync(rules.Holding(repId, today, calendar), cancellationToken);
        var claimed = rules.DailyLimit is null ? 0
            : await db.OwnershipLedger.CountAsync(l => l.OwnerId == repId && l.Change == OwnershipChange.ClaimedFromPool && l.At >= dayStart, cancellationToken);
        return (held, claimed);
    }

    /// <summary>When each of <paramref name="customerIds"/> last went to the pool from <paramref name="repId"/>, while the cooling-off rule is on.</summary>
    private async Task<Dictionary<Guid, DateTimeOffset?>> ReleasedFromAsync(CrmDbContext db, Guid repId, IReadOnlyList<Guid> customerIds, CancellationToken cancellationToken)
    {
        if (Settings.CoolingOffDays == 0)
        {
            return [];
        }

        var lines = await db.OwnershipLedger.AsNoTracking()
            .Where(l => l.OwnerId == repId && l.Change == OwnershipChange.ReleasedToPool && customerIds.Contains(l.CustomerId))
            .Select(l => new { l.CustomerId, l.At })
            .ToListAsync(cancellationToken);
        return lines.GroupBy(l => l.CustomerId).ToDictionary(g => g.Key, g => (DateTimeOffset?)g.Max(l => l.At));
    }

    /// <summary>
    /// The release job's work: every owned customer without contact for its grade's days goes to the pool, each in its
    /// own save with a ledger line and a notification to the former owner; a customer changed meanwhile (its owner just
    /// logged contact) is left for the next run. Then the owners of customers due soon are reminded. Returns how many
    /// were released.
    /// </summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken = default)
    {
        if (!Settings.Enabled)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Customers.AsNoTracking().Where(DueOn(calendar.DayOf(now)))
                .OrderBy(c => c.LastContactAt).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var released = 0;
        foreach (var id in due)
        {
            if (await ReleaseAsync(id, now, cancellationToken))
            {
                released++;
            }
        }

        await RemindAsync(now, cancellationToken);
        return released;
    }

    /// <summary>
    /// OWN-6: the owner hears before a customer goes — <see cref="PoolOptions.RemindDaysBefore"/> days ahead and again
    /// <see cref="PoolOptions.RemindAgainDaysBefore"/> — once each. A reminder is sent once its company day has come
    /// and none was sent since that day began and since the last contact, so logging contact starts the reminders over;
    /// when the job first sees a customer inside both windows, only the nearer reminder goes.
    /// </summary>
    private async Task<int> RemindAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reminders = Settings.Reminders;
        if (reminders.Count == 0)
        {
            return 0;
        }

        var today = calendar.DayOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var soon = await db.Customers.AsNoTracking().Where(DueOn(today.AddDays(reminders[0])))
            .Select(c => new { c.Id, c.Name, c.OwnerId, c.LastContactAt, Tier = c.TierOverride ?? c.ComputedTier })
            .ToListAsync(cancellationToken);
        var links = soon.Select(c => CustomerLink(c.Id)).ToList();
        var earliest = calendar.StartOf(today.AddDays(-reminders[0]));
        var sent = (await db.Notifications.AsNoTracking()
                .Where(n => n.Kind == NotificationKind.PoolReleaseSoon && links.Contains(n.Link) && n.CreatedAt >= earliest)
                .Select(n => new { n.RecipientId, n.Link, n.CreatedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(n => (n.RecipientId, n.Link), n => n.CreatedAt);
        foreach (var customer in soon)
        {
            var releaseDay = calendar.DayOf(PoolRelease.DueAt(customer.LastContactAt, Settings.DaysFor(customer.Tier)!.Value, calendar));
            var nearest = reminders.Where(d => today >= releaseDay.AddDays(-d)).Order().FirstOrDefault();
            if (nearest == 0)
            {
                continue;
            }

            var windowStart = calendar.StartOf(releaseDay.AddDays(-nearest));
            var since = windowStart > customer.LastContactAt ? windowStart : customer.LastContactAt;
            if (sent[(customer.OwnerId, CustomerLink(customer.Id))].Any(at => at >= since))
            {
                continue;
            }

            var detail = releaseDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            db.Notifications.Add(Notification.For(customer.OwnerId, NotificationKind.PoolReleaseSoon, customer.Name, detail, CustomerLink(customer.Id), now));
            logger.PoolReleaseReminded(customer.Id, customer.OwnerId, nearest);
        }

        return await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// OWN-6 with TIER-1: on company day <paramref name="day"/>, the customers outside the pool whose grade's days without
    /// contact have passed; a grade that is never released is left out. One condition per grade on the last contact,
    /// which an index can answer.
    /// </summary>
    private Expression<Func<Customer, bool>> DueOn(DateOnly day)
    {
        DateTimeOffset? Cut(Tier tier) => Settings.DaysFor(tier) is { } days ? PoolRelease.Cutoff(day, days, calendar) : null;
        var (a, b, c) = (Cut(Tier.A), Cut(Tier.B), Cut(Tier.C));
        var (releaseA, releaseB, releaseC) = (a is not null, b is not null, c is not null);
        var (cutA, cutB, cutC) = (a.GetValueOrDefault(), b.GetValueOrDefault(), c.GetValueOrDefault());
        return customer => customer.PooledAt == null
            && ((releaseA && (customer.TierOverride ?? customer.ComputedTier) == Tier.A && customer.LastContactAt < cutA)
                || (releaseB && (customer.TierOverride ?? customer.ComputedTier) == Tier.B && customer.LastContactAt < cutB)
                || (releaseC && (customer.TierOverride ?? customer.ComputedTier) == Tier.C && customer.LastContactAt < cutC));
    }

    private static string CustomerLink(Guid id) => $"/customers/{id}";

    private async Task<bool> ReleaseAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = Policy;
        var customer = await db.Customers.FirstAsync(c => c.Id == id, cancellationToken);
        if (Settings.DaysFor(customer.EffectiveTier) is not { } days)
        {
            return false;
        }

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
