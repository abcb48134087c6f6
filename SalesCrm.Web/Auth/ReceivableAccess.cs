using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for receivables (AR-1, AR-3). A receivable is read by whoever reads its contract (<see cref="ContractAccess"/>),
/// so the owning rep sees their own overdue ones and helps collect. Collectors record (<see cref="ContractAccess.CanCollect"/>);
/// these rules add who asks for, and who allows, a cash customer's debt, and who resolves a customer's query.
/// </summary>
public static class ReceivableAccess
{
    /// <summary>AR-1: the collector, or whoever works the contract, asks that the customer may run a debt.</summary>
    public static bool CanRequestDebt(CurrentUser user, Contract contract) =>
        ContractAccess.CanCollect(user) || ContractAccess.CanWork(user, contract);

    /// <summary>AR-1 (003 §8.3.3): only the sales manager of the contract's region allows a cash customer's debt.</summary>
    public static bool CanDecideDebt(CurrentUser user, Contract contract)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(contract);
        return user.Role is CrmRole.SalesManager && contract.RegionId == user.RegionId;
    }

    /// <summary>AR-3 (003 §6.3): the department head — the marketing director — resolves a verified query.</summary>
    public static bool CanResolveQueries(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is CrmRole.MarketingDirector;
    }

    /// <summary>
    /// AR-2: the monthly statement — the department head (the marketing director) and administrators for the whole
    /// company; a sales manager for their region, and collectors for theirs, to follow their targets (SEC-1: a
    /// collector reads only their region's contracts, <see cref="ContractAccess.Readable"/>).
    /// </summary>
    public static AccessScope StatementScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.SalesManager or CrmRole.Collector => AccessScope.Region,
        _ => AccessScope.None,
    };

    /// <summary>AR-2 (003 §6.1): the department head and administrators set collectors' targets; a sales manager those of their region's collectors.</summary>
    public static bool CanSetTargets(CurrentUser user, Guid collectorRegionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is CrmRole.MarketingDirector or CrmRole.Administrator || (user.Role is CrmRole.SalesManager && user.RegionId == collectorRegionId);
    }
}
