using System.Linq.Expressions;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Features.Contracts;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for contracts (CON-1..5, AR-1). The sales side reaches them as it reaches the customer's commercial terms: the
/// owner theirs, the sales manager the region's, the director and administrators all. Legal reads every contract, since
/// it reviews them (CON-3). Collectors read their region's signed contracts — those that carry receivables (AR-1); a
/// collector works for one region (003 §6), so another region's customers are none of theirs (SEC-1, SEC-3). A
/// contract's owner and region follow its customer's (OWN-5), so who reads it is decided by who owns the customer today.
/// Services apply <see cref="Readable"/> to every query and the Can* checks to the contract it found; out of reach is
/// "not found".
/// </summary>
public static class ContractAccess
{
    /// <summary>The contract worklists the role works from: approvers have their queue, legal its review queue, collectors all they read.</summary>
    public static IReadOnlyList<ContractWorklist> Worklists(CrmRole role) => role switch
    {
        CrmRole.SalesManager or CrmRole.MarketingDirector =>
            [ContractWorklist.All, ContractWorklist.AwaitingMyApproval, ContractWorklist.InLegalReview, ContractWorklist.ReadyToSign],
        CrmRole.Legal => [ContractWorklist.All, ContractWorklist.InLegalReview],
        CrmRole.Collector => [ContractWorklist.All],
        _ => [ContractWorklist.All, ContractWorklist.InLegalReview, ContractWorklist.ReadyToSign],
    };

    /// <summary>Where the role's contract list opens: legal on its review queue, everyone else on all they read.</summary>
    public static ContractWorklist FirstWorklist(CrmRole role) =>
        role == CrmRole.Legal ? ContractWorklist.InLegalReview : ContractWorklist.All;

    /// <param name="customers">For the owner's reach: a customer in the shared pool is nobody's (OWN-6), so neither are its contracts.</param>
    public static Expression<Func<Contract, bool>> Readable(CurrentUser user, IQueryable<Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var region = user.RegionId;
        if (user.Role is CrmRole.Legal)
        {
            return c => true;
        }

        if (user.Role is CrmRole.Collector)
        {
            // Status is stored as its name, so the signed states are listed rather than compared.
            return c => c.RegionId == region && (c.Status == ContractStatus.Signed || c.Status == ContractStatus.InExecution
                || c.Status == ContractStatus.Completed || c.Status == ContractStatus.Terminated);
        }

        return CustomerAccess.TermsScope(user.Role) switch
        {
            AccessScope.All => c => true,
            AccessScope.Region => c => c.RegionId == region,
            AccessScope.Own => c => c.OwnerId == id && customers.Any(k => k.Id == c.CustomerId && k.PooledAt == null),
            _ => c => false,
        };
    }

    /// <summary>Whether the role reaches any contract at all (the navigation shows "Contracts" to these).</summary>
    public static bool CanOpenContracts(CrmRole role) =>
        role is CrmRole.Legal or CrmRole.Collector || CustomerAccess.TermsScope(role) != AccessScope.None;

    /// <summary>Signed at some point: the states that carry receivables.</summary>
    public static bool IsSigned(ContractStatus status) =>
        status is ContractStatus.Signed or ContractStatus.InExecution or ContractStatus.Completed or ContractStatus.Terminated;

    /// <summary>Draft, change, submit, sign and run a contract: whoever works the customer's commercial terms.</summary>
    public static bool CanWork(CurrentUser user, Contract contract)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(contract);
        return CustomerAccess.TermsScope(user.Role) switch
        {
            AccessScope.All => true,
            AccessScope.Region => contract.RegionId == user.RegionId,
            AccessScope.Own => contract.OwnerId == user.Id,
            _ => false,
        };
    }

    /// <summary>CON-2: the region's sales manager decides approval requests; the director may decide any.</summary>
    public static bool CanDecideApprovals(CurrentUser user, Contract contract)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(contract);
        return user.Role switch
        {
            CrmRole.MarketingDirector => true,
            CrmRole.SalesManager => contract.RegionId == user.RegionId,
            _ => false,
        };
    }

    /// <summary>
    /// CON-2: the contracts whose approval requests wait for <paramref name="user"/> — in the regions they decide for, and
    /// never their own request: a sales manager's own request goes to the director.
    /// </summary>
    public static Expression<Func<Contract, bool>> AwaitingDecisionBy(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var region = user.RegionId;
        var everyRegion = user.Role is CrmRole.MarketingDirector;
        var decides = everyRegion || user.Role is CrmRole.SalesManager;
        var open = Contract.OpenRequestNotBy(id);
        return c => decides && (everyRegion || c.RegionId == region) && c.Status == ContractStatus.Draft && c.Approvals.AsQueryable().Any(open);
    }

    /// <summary>What the user's role lets them do to this contract, for the contract to add its state (<see cref="Contract.AllowedMoves"/>).</summary>
    public static ContractActor ActorFor(CurrentUser user, Contract contract) =>
        new(user.Id, CanWork(user, contract), CanReview(user), CanDecideApprovals(user, contract));

    /// <summary>CON-3: legal review is legal's alone.</summary>
    public static bool CanReview(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is CrmRole.Legal;
    }

    /// <summary>AR-1: collectors record invoices and payments; the director and administrators may correct them.</summary>
    public static bool CanCollect(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is CrmRole.Collector or CrmRole.MarketingDirector or CrmRole.Administrator;
    }

    /// <summary>CON-5: the ledger export is for managers (SEC-3 audits it).</summary>
    public static bool CanExportLedger(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;
    }
}
