using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for targets and performance (KPI-1..3). The director and administrators set the company's targets and each
/// region's year; a sales manager splits their own region's year into quarters, months and the people of the region.
/// Figures: a rep or account manager sees their own, a sales manager their region's, finance (collectors) the regions
/// they collect for, the director and administrators everyone's.
/// </summary>
public static class PerformanceAccess
{
    public static AccessScope FiguresScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.SalesManager or CrmRole.Collector => AccessScope.Region,
        CrmRole.SalesRep or CrmRole.AccountManager => AccessScope.Own,
        _ => AccessScope.None,
    };

    /// <summary>KPI-2 (004: finance verifies the figures monthly): finance (collectors) for their region, the director and administrators for any.</summary>
    public static bool CanVerify(CurrentUser user, Guid regionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is CrmRole.MarketingDirector or CrmRole.Administrator || (user.Role == CrmRole.Collector && user.RegionId == regionId);
    }

    /// <summary>
    /// KPI-1: who holds a person's target talks and decides their improvement plans: the sales manager of the person's
    /// region, the director and administrators.
    /// </summary>
    public static bool LeadsPerson(CurrentUser user, Guid personRegionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is CrmRole.MarketingDirector or CrmRole.Administrator || (user.Role == CrmRole.SalesManager && user.RegionId == personRegionId);
    }

    /// <summary>KPI-1: talks and reviews are between the sales side and its managers: finance does not read them.</summary>
    public static bool CanOpenReviews(CrmRole role) => role != CrmRole.Collector && FiguresScope(role) != AccessScope.None;

    /// <summary>
    /// SEC-3 (bulk export is for managers and is audited): who downloads a scorecard as CSV or Excel — sales managers,
    /// the director and administrators, and finance (collectors); reps and account managers read their own figures on
    /// the page only. Which scorecard they may take is still <see cref="FiguresScope"/>'s.
    /// </summary>
    public static bool CanExport(CrmRole role) => role is CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator or CrmRole.Collector;

    /// <summary>Who opens the targets page: those who set targets.</summary>
    public static bool CanPlanTargets(CrmRole role) => role is CrmRole.MarketingDirector or CrmRole.Administrator or CrmRole.SalesManager;

    /// <summary>
    /// KPI-1: whether <paramref name="user"/> sets the target of <paramref name="cell"/>. <paramref name="regionOfCell"/> is
    /// the region of a region's cell or of the person's; unused for the company.
    /// </summary>
    public static bool CanSet(CurrentUser user, TargetCell cell, Guid regionOfCell)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(cell);
        if (user.Role is CrmRole.MarketingDirector or CrmRole.Administrator)
        {
            return true;
        }

        return user.Role == CrmRole.SalesManager && cell.Scope != TargetScope.Company && regionOfCell == user.RegionId
            && !(cell.Scope == TargetScope.Region && cell.Period.Kind == PeriodKind.Year);
    }
}
