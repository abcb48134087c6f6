using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Data;

namespace SalesCrm.Web.Auth;

/// <summary>
/// Who is told of a piece of work, offered it or may be chosen for it, as queries over the accounts. These are role
/// rules like the access rules beside them (SEC-1), so the services that send notifications and fill pickers ask here
/// instead of naming roles. Only active accounts ever count.
/// </summary>
public static class Audiences
{
    /// <summary>The marketing directors: the department heads above every region.</summary>
    public static Expression<Func<CrmUser, bool>> Directors { get; } = u => !u.IsDisabled && u.Role == CrmRole.MarketingDirector;

    /// <summary>CON-3: legal reviews every contract.</summary>
    public static Expression<Func<CrmUser, bool>> Lawyers { get; } = u => !u.IsDisabled && u.Role == CrmRole.Legal;

    /// <summary>AR-2: the collectors, of every region.</summary>
    public static Expression<Func<CrmUser, bool>> Collectors { get; } = u => !u.IsDisabled && u.Role == CrmRole.Collector;

    /// <summary>SVC-2: the region's service managers, who assign investigators and answer for satisfaction.</summary>
    public static Expression<Func<CrmUser, bool>> ServiceManagersOf(Guid regionId) =>
        u => !u.IsDisabled && u.RegionId == regionId && u.Role == CrmRole.ServiceManager;

    /// <summary>SVC-2: who may investigate a request: customer service of its region.</summary>
    public static Expression<Func<CrmUser, bool>> InvestigatorsIn(Guid? regionId) =>
        u => !u.IsDisabled && u.RegionId == regionId && (u.Role == CrmRole.ServiceAgent || u.Role == CrmRole.ServiceManager);

    /// <summary>SVC-2: who may own an improvement: those who read the request — its region's service staff and sales managers, and the directors.</summary>
    public static Expression<Func<CrmUser, bool>> ImprovementOwnersFor(Guid? regionId) =>
        u => !u.IsDisabled && regionId != null
            && (u.Role == CrmRole.MarketingDirector
                || (u.RegionId == regionId && (u.Role == CrmRole.ServiceAgent || u.Role == CrmRole.ServiceManager || u.Role == CrmRole.SalesManager)));

    /// <summary>TIER-2: the account managers a customer of the region may be given.</summary>
    public static Expression<Func<CrmUser, bool>> AccountManagersOf(Guid regionId) =>
        u => !u.IsDisabled && u.RegionId == regionId && u.Role == CrmRole.AccountManager;

    /// <summary>VIS-3: whom a planner may give a planned contact to: the sales side of the region (those who own customers).</summary>
    public static Expression<Func<CrmUser, bool>> AssigneesIn(Guid regionId) =>
        u => !u.IsDisabled && u.RegionId == regionId && CustomerAccess.OwnerRoles.Contains(u.Role);

    /// <summary>KPI-1: the people a region's sales targets are split into (reps and account managers, KPI-3 grades them).</summary>
    public static Expression<Func<CrmUser, bool>> TargetCarriers { get; } =
        u => !u.IsDisabled && (u.Role == CrmRole.SalesRep || u.Role == CrmRole.AccountManager);

    /// <summary>CUS-5: the heads of collection and service of the region, who acknowledge an onboarding notice.</summary>
    public static Expression<Func<CrmUser, bool>> OnboardingHeadsOf(Guid regionId) =>
        u => !u.IsDisabled && u.RegionId == regionId && (u.Role == CrmRole.Collector || u.Role == CrmRole.ServiceManager);

    /// <summary>The ids of the active accounts <paramref name="audience"/> picks.</summary>
    public static async Task<List<Guid>> IdsAsync(this IQueryable<CrmUser> users, Expression<Func<CrmUser, bool>> audience, CancellationToken cancellationToken) =>
        await users.AsNoTracking().Where(audience).Select(u => u.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Who heads a region for what its people ask or report (an approval, a dispute, a deduction, a low score): the
    /// region's appointed sales manager; when none is appointed, its sales managers; when it has none, the directors.
    /// Never <paramref name="actorId"/>, so nobody is asked to decide their own request (CON-2) and nothing is reported
    /// to nobody.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> RegionHeadsAsync(CrmDbContext db, Guid regionId, Guid? actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var appointed = await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.SalesManagerId).FirstOrDefaultAsync(cancellationToken);
        if (appointed is { } id && id != actorId)
        {
            return [id];
        }

        var managers = await db.Users.Where(u => u.Id != actorId).IdsAsync(
            u => !u.IsDisabled && u.RegionId == regionId && u.Role == CrmRole.SalesManager, cancellationToken);
        return managers.Count > 0 ? managers : await db.Users.Where(u => u.Id != actorId).IdsAsync(Directors, cancellationToken);
    }
}
