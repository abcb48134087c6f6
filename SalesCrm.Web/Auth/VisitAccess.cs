using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for contacts and plans. A contact record is reached through its customer: whoever reads the customer
/// (<see cref="CustomerAccess.Readable"/>) reads its contact records, whoever may edit its profile logs contacts, and
/// only the author changes a record (the domain enforces that). The follow-up agenda is the sales side's; TIER-3
/// compliance is shown to account managers (their customers), sales managers (their region) and the director (all);
/// VIS-2 late entries to the managers who answer for the region.
/// </summary>
public static class VisitAccess
{
    public static bool CanUseAgenda(CrmRole role) => role is CrmRole.SalesRep or CrmRole.AccountManager or CrmRole.SalesManager;

    public static AccessScope ComplianceScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.SalesManager => AccessScope.Region,
        CrmRole.AccountManager => AccessScope.Own,
        _ => AccessScope.None,
    };

    public static AccessScope LateEntryScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.SalesManager => AccessScope.Region,
        _ => AccessScope.None,
    };

    /// <summary>Managers plan for the people of their region; everyone else plans for themselves.</summary>
    public static bool CanPlanForOthers(CrmRole role) => role is CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;

    /// <summary>
    /// VIS-3: a plan is moved, done or cancelled by the one it is assigned to, the one who planned it, or a manager who
    /// reads its customer (the caller has checked that the customer is readable).
    /// </summary>
    public static bool CanChangePlan(CurrentUser user, PlannedContact plan)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(plan);
        return plan.AssigneeId == user.Id || plan.PlannedById == user.Id || CanPlanForOthers(user.Role);
    }

    /// <summary>Who may be given a planned contact: those who keep customers (not legal, finance or service).</summary>
    public static bool CanBeAssigned(CrmRole role) => role is CrmRole.SalesRep or CrmRole.AccountManager or CrmRole.SalesManager;
}
