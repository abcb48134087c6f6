using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Tiers;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// CUS-3 lost customers: the managed list of reasons (kept by the director and administrators; a fresh database starts
/// empty and the administrator adds them — only the demo seeds defaults), marking a customer lost with a reason and
/// text, bringing it back (which raises a CUS-5 notice), and the churn analysis by reason, grade, region and month.
/// </summary>
public sealed class LostCustomerService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    ILogger<LostCustomerService> logger)
{
    /// <summary>How many months the churn analysis covers, this month included.</summary>
    public const int ChurnMonths = 12;

    private const int RecentLost = 20;

    /// <summary>The lost reasons, active first; <paramref name="activeOnly"/> for the "Mark lost" dialog.</summary>
    public async Task<IReadOnlyList<LostReasonRow>> ReasonsAsync(bool activeOnly, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LostReasons.AsNoTracking().Where(r => !activeOnly || r.IsActive)
            .OrderByDescending(r => r.IsActive).ThenBy(r => r.NameEn)
            .Select(r => new LostReasonRow(r.Id, r.NameEn, r.NameZh, r.IsActive, db.Customers.Count(c => c.LostReasonId == r.Id)))
            .ToListAsync(cancellationToken);
    }

    public Task<IReadOnlyList<ValidationError>> AddReasonAsync(string? nameEn, string? nameZh, CancellationToken cancellationToken = default) =>
        ChangeReasonAsync(null, "add", (db, _) =>
        {
            db.LostReasons.Add(LostReason.Create(nameEn, nameZh));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> RenameReasonAsync(Guid id, string? nameEn, string? nameZh, CancellationToken cancellationToken = default) =>
        ChangeReasonAsync(id, "rename", (_, reason) =>
        {
            reason!.Rename(nameEn, nameZh);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>No longer offered; customers lost for it keep it.</summary>
    public Task<IReadOnlyList<ValidationError>> DeactivateReasonAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeReasonAsync(id, "deactivate", (_, reason) =>
        {
            reason!.Deactivate();
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>CUS-3: the owner, the region's sales manager or the director marks the customer lost, for an active reason and in words.</summary>
    public async Task<IReadOnlyList<ValidationError>> MarkLostAsync(Guid customerId, Guid? reasonId, string? note, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        return await CustomerMoves.TryAsync(dbFactory, user, customerId, "mark lost", TierAccess.CanMarkLost, async (db, customer) =>
        {
            if (reasonId is { } id && !await db.LostReasons.AnyAsync(r => r.Id == id && r.IsActive, cancellationToken))
            {
                throw new DomainValidationException([new ValidationError(nameof(Customer.LostReasonId), "Customer.LostReasonInactive", "Choose a reason from the list.")]);
            }

            customer.MarkLost(reasonId ?? Guid.Empty, note, time.GetUtcNow());
            logger.CustomerMarkedLost(customer.Id, user.Id);
        }, logger, cancellationToken);
    }

    /// <summary>CUS-3/CUS-5: a lost customer comes back; its onboarding notice is raised in the same save.</summary>
    public async Task<IReadOnlyList<ValidationError>> ReactivateAsync(Guid customerId, string? detail, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        return await CustomerMoves.TryAsync(dbFactory, user, customerId, "reactivate", TierAccess.CanMarkLost, async (db, customer) =>
        {
            var now = time.GetUtcNow();
            var notice = customer.Reactivate(detail, now);
            await OnboardingNotices.AddAsync(db, notice, customer, user.Id, now, cancellationToken);
            logger.CustomerReactivated(customer.Id, user.Id);
        }, logger, cancellationToken);
    }

    /// <summary>
    /// CUS-3: the churn analysis of the last <see cref="ChurnMonths"/> months (this one included, UTC months): a sales
    /// manager's region, everything for the director and administrators. The grade is the one the customer has now
    /// (the grade it had when lost, unless regraded since).
    /// </summary>
    public async Task<ChurnReport> ChurnAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var scope = TierAccess.ChurnScope(user.Role);
        if (scope == AccessScope.None)
        {
            logger.AccessDenied(user.Id, user.Role, "read", "the churn analysis");
            throw new AccessDeniedException("The churn analysis is for sales managers and the marketing director.");
        }

        var from = calendar.MonthOf(time.GetUtcNow()).AddMonths(1 - ChurnMonths);
        var since = calendar.StartOf(from);
        var region = scope == AccessScope.Region ? user.RegionId : (Guid?)null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lost = await db.Customers.AsNoTracking()
            .Where(c => c.LostAt != null && c.LostAt >= since && c.LostReasonId != null)
            .Where(c => region == null || c.RegionId == region)
            .Select(c => new { c.Id, c.Name, c.RegionId, c.ComputedTier, c.TierOverride, c.LostReasonId, c.LostNote, c.LostAt })
            .ToListAsync(cancellationToken);
        var reasonIds = lost.Select(l => l.LostReasonId!.Value).Distinct().ToList();
        var reasons = await db.LostReasons.AsNoTracking().Where(r => reasonIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new LostReasonName(r.NameEn, r.NameZh), cancellationToken);
        var regionIds = lost.Select(l => l.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var rows = lost.Select(l => new ChurnedCustomer(
                l.Id, l.Name, regions.GetValueOrDefault(l.RegionId, string.Empty),
                l.TierOverride is { } set && set < l.ComputedTier ? set : l.ComputedTier,
                reasons[l.LostReasonId!.Value], l.LostNote, l.LostAt!.Value))
            .OrderByDescending(r => r.LostAt).ToList();
        var months = Enumerable.Range(0, ChurnMonths).Select(from.AddMonths).ToList();
        return new ChurnReport(
            from,
            rows.Count,
            rows.GroupBy(r => r.Reason).Select(g => new ChurnCount<LostReasonName>(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Key.En, StringComparer.Ordinal).ToList(),
            Enum.GetValues<Tier>().Select(t => new ChurnCount<Tier>(t, rows.Count(r => r.Tier == t))).ToList(),
            rows.GroupBy(r => r.Region).Select(g => new ChurnCount<string>(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList(),
            months.Select(m => new ChurnCount<DateOnly>(m, rows.Count(r => calendar.MonthOf(r.LostAt) == m))).ToList(),
            rows.Take(RecentLost).ToList());
    }

    private async Task<IReadOnlyList<ValidationError>> ChangeReasonAsync(
        Guid? id, string action, Func<CrmDbContext, LostReason?, Task> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        if (!TierAccess.CanManageLostReasons(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, $"{action} a lost reason", id?.ToString() ?? "new");
            throw new AccessDeniedException("Only the marketing director and administrators keep the list of lost reasons.");
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        LostReason? reason = null;
        if (id is { } existing && (reason = await db.LostReasons.FirstOrDefaultAsync(r => r.Id == existing, cancellationToken)) is null)
        {
            return [new ValidationError(string.Empty, "LostReason.NotFound", "This reason no longer exists.")];
        }

        return await DomainMoves.TryAsync(
            async () =>
            {
                await change(db, reason);
                await db.SaveChangesAsync(cancellationToken);
            },
            new ValidationError(string.Empty, "LostReason.ChangedMeanwhile", "Someone changed this reason a moment ago. Reload and try again."));
    }
}
