using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>
/// TIER-1 and TIER-2: a customer's grade follows the signed-contract amount of the trailing 12 months
/// (<see cref="TierPolicy"/>, thresholds in <see cref="TierOptions"/>); it is recomputed when a contract is signed or
/// terminated (<see cref="CustomerGrading"/>, in the contract's own save) and nightly (<see cref="RegradeAllAsync"/>, as
/// "TIER-1 nightly" in the audit). A manager may set a higher grade with a reason, and assigns the account manager every
/// A-tier customer needs. Grade changes are audited (the customer's <c>ComputedTier</c> and <c>TierOverride</c>
/// columns) and listed by <see cref="ChangesAsync"/>.
/// </summary>
/// <remarks>
/// What counts (TIER-1's "signed-contract amount"): for each contract number, its latest signed version — a new version
/// replaces the old one's amount, dated at its own signing, as the receivable moves to it (<c>Receivable.CarryTo</c>).
/// A cancelled contract was never signed and never counts. A terminated contract (ended after signing, before
/// completion) does not count either: the purchase it promised did not happen, so terminating one regrades the customer
/// at once. Only amounts in the company's currency (CNY) count.
/// </remarks>
public sealed class TierService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    CustomerGrading grading,
    ILogger<TierService> logger)
{
    /// <summary>Who the nightly regrading's changes are filed under in the audit trail.</summary>
    public static readonly AuditActor Nightly = new(null, "TIER-1 nightly");

    private const int NightlyBatch = 50;

    public TierThresholds Thresholds => grading.Thresholds;

    /// <summary>
    /// TIER-1 nightly: regrades every customer whose grade may change — one graded above C (a contract may have aged
    /// out) or with a signing in the last 12 months — and saves each batch as "TIER-1 nightly". A batch someone changed
    /// meanwhile is left for the next run.
    /// </summary>
    public async Task<int> RegradeAllAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var from = TierPolicy.TrailingFrom(now, calendar);
        List<Guid> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var everyone = Thresholds.BFrom <= 0m;
            ids = await db.Customers.AsNoTracking()
                .Where(c => everyone || c.ComputedTier != Tier.C || db.Contracts.Any(k => k.CustomerId == c.Id && k.SignedAt != null && k.SignedAt >= from))
                .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var changed = 0;
        foreach (var batch in ids.Chunk(NightlyBatch))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Actor = Nightly;
            var inBatch = 0;
            foreach (var id in batch)
            {
                inBatch += await grading.RegradeAsync(db, id, now, cancellationToken) ? 1 : 0;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed += inBatch;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved one of these customers meanwhile; the next run regrades them.
            }
        }

        logger.NightlyRegraded(ids.Count, changed);
        return changed;
    }

    /// <summary>TIER-1: a manager grades the customer higher than its amount does, with a written reason.</summary>
    public async Task<IReadOnlyList<ValidationError>> OverrideAsync(Guid customerId, Tier? grade, string? reason, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        return await CustomerMoves.TryAsync(dbFactory, user, customerId, "override the grade of", TierAccess.CanManage, async (db, customer) =>
        {
            var now = time.GetUtcNow();
            var before = customer.EffectiveTier;
            customer.OverrideTier(grade ?? 0, reason, user.Id, now);
            await CustomerGrading.FlagIfUnassignedAsync(db, customer, before, user.Id, now, cancellationToken);
            logger.StandingChanged(customer.Id, "grade overridden", user.Id);
        }, logger, cancellationToken);
    }

    /// <summary>TIER-1: the grade follows the signed amount again.</summary>
    public async Task<IReadOnlyList<ValidationError>> ClearOverrideAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        return await CustomerMoves.TryAsync(dbFactory, user, customerId, "clear the grade of", TierAccess.CanManage, (_, customer) =>
        {
            customer.ClearTierOverride();
            logger.StandingChanged(customer.Id, "override cleared", user.Id);
            return Task.CompletedTask;
        }, logger, cancellationToken);
    }

    /// <summary>TIER-2: the account managers of the customer's region, for a manager who may assign one.</summary>
    public async Task<IReadOnlyList<AccountManagerChoice>> AccountManagerChoicesAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null || !TierAccess.CanManage(user, customer))
        {
            return [];
        }

        return await db.Users.AsNoTracking()
            .Where(Audiences.AccountManagersOf(customer.RegionId))
            .OrderBy(u => u.DisplayName).Select(u => new AccountManagerChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>TIER-2: assigns an account manager of the customer's region, or clears the assignment (null).</summary>
    public async Task<IReadOnlyList<ValidationError>> AssignAccountManagerAsync(Guid customerId, Guid? accountManagerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        return await CustomerMoves.TryAsync(dbFactory, user, customerId, "assign the account manager of", TierAccess.CanManage, async (db, customer) =>
        {
            if (accountManagerId is not { } id)
            {
                customer.ClearAccountManager();
                logger.StandingChanged(customer.Id, "account manager cleared", user.Id);
                return;
            }

            var valid = await db.Users.AsNoTracking().Where(Audiences.AccountManagersOf(customer.RegionId)).AnyAsync(u => u.Id == id, cancellationToken);
            if (!valid)
            {
                throw new DomainValidationException([new ValidationError(nameof(Customer.AccountManagerId), "Tier.AccountManagerInvalid", "Choose an account manager of the customer's region.")]);
            }

            if (customer.AccountManagerId == id)
            {
                return;
            }

            customer.AssignAccountManager(id);
            if (id != user.Id)
            {
                db.Notifications.Add(Notification.For(id, NotificationKind.AccountManagerAssigned, customer.Name, user.Name, Link(customer.Id), time.GetUtcNow()));
            }

            logger.StandingChanged(customer.Id, "account manager assigned", user.Id);
        }, logger, cancellationToken);
    }

    /// <summary>
    /// TIER-2: the A-tier customers (by amount or override) without an account manager, for "My day" and the customer
    /// list: a sales manager's region, or for the director and administrators <paramref name="regionId"/> (all when
    /// null). Lost customers are left out. Other roles get an empty list.
    /// </summary>
    public async Task<IReadOnlyList<UnassignedATierRow>> UnassignedATierAsync(Guid? regionId = null, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var scope = TierAccess.StaffingScope(user.Role);
        if (scope == AccessScope.None)
        {
            return [];
        }

        var region = scope == AccessScope.Region ? user.RegionId : regionId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking()
            .Where(Customer.NeedingAccountManager)
            .Where(c => c.Lead == null || c.Lead == LeadStatus.Converted)
            .Where(c => region == null || c.RegionId == region)
            .OrderBy(c => c.Name)
            .Take(200)
            .Select(c => new UnassignedATierRow(
                c.Id,
                c.Name,
                db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                c.ComputedTier != Tier.A))
            .ToListAsync(cancellationToken);
    }

    /// <summary>TIER-1: the grade changes of the customers the user reads, newest first, from the audit trail.</summary>
    public async Task<PagedResult<TierChangeRow>> ChangesAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = db.Customers.Where(CustomerAccess.Readable(user));

        // A new customer starts at C: its creation is not a change of grade.
        var changes = db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Customer) && a.Action != AuditAction.Created
                && (a.Field == nameof(Customer.ComputedTier) || a.Field == nameof(Customer.TierOverride)))
            .Where(a => readable.Any(c => c.Id == a.EntityId));
        var total = await changes.CountAsync(cancellationToken);
        var page = await changes.OrderByDescending(a => a.Id).Skip(request.Skip).Take(request.Take)
            .Select(a => new
            {
                a.At,
                a.EntityId,
                Customer = db.Customers.Where(c => c.Id == a.EntityId).Select(c => c.Name).First(),
                a.Field,
                a.OldValue,
                a.NewValue,
                Reason = db.AuditEntries.Where(r => r.EntityId == a.EntityId && r.At == a.At && r.Field == nameof(Customer.TierOverrideReason))
                    .Select(r => r.NewValue).FirstOrDefault(),
                a.ActorName,
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<TierChangeRow>(
            page.Select(a => new TierChangeRow(
                a.At, a.EntityId, a.Customer, a.Field == nameof(Customer.TierOverride), ParseTier(a.OldValue), ParseTier(a.NewValue),
                a.Field == nameof(Customer.TierOverride) ? a.Reason : null, a.ActorName)).ToList(),
            total);
    }

    /// <summary>The customer's standing for its overview (TIER-1/2, CUS-3), read in the caller's context.</summary>
    internal static async Task<CustomerStanding> StandingAsync(
        CrmDbContext db, CurrentUser user, Customer customer, DateTimeOffset now, CompanyCalendar calendar, CancellationToken cancellationToken)
    {
        var amount = TierPolicy.TrailingAmount(await CustomerGrading.SigningsAsync(db, customer.Id, cancellationToken), now, calendar);
        var by = customer.TierOverriddenById is { } byId
            ? await db.Users.AsNoTracking().Where(u => u.Id == byId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var reason = customer.LostReasonId is { } reasonId
            ? await db.LostReasons.AsNoTracking().Where(r => r.Id == reasonId).Select(r => new LostReasonName(r.NameEn, r.NameZh)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var lost = customer.Status == CustomerStatus.Lost;
        return new CustomerStanding(
            customer.EffectiveTier, customer.ComputedTier, amount, customer.TierIsOverridden, customer.TierOverride, customer.TierOverrideReason, by,
            customer.TierOverriddenAt, customer.NeedsAccountManager, customer.AccountManagerId, lost, lost ? reason : null, lost ? customer.LostNote : null, lost ? customer.LostAt : null,
            TierAccess.CanManage(user, customer), TierAccess.CanMarkLost(user, customer));
    }

    private static Tier? ParseTier(string? value) => Enum.TryParse<Tier>(value, out var tier) ? tier : null;

    private static string Link(Guid customerId) => $"/customers/{customerId}";
}
