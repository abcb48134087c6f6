using System.Linq.Expressions;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for complaints and service requests (SVC-1..4). Customer service works the requests of its region; the
/// region's sales manager reads them; the director (who approves solutions) and administrators reach all; an
/// investigator reaches what they were assigned; a rep or account manager reads those about the customers they own or
/// manage (SVC-4). Services apply <see cref="Readable"/> to every query and the Can* checks to every write; what the role
/// may not do to the request's state is refused by the domain.
/// </summary>
public static class ServiceAccess
{
    /// <summary>The service worklists the role works from: the director's approvals, customer service's own requests.</summary>
    public static IReadOnlyList<ServiceWorklist> Worklists(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector =>
            [ServiceWorklist.Open, ServiceWorklist.AwaitingApproval, ServiceWorklist.Overdue, ServiceWorklist.Closed],
        CrmRole.ServiceAgent or CrmRole.ServiceManager =>
            [ServiceWorklist.Open, ServiceWorklist.Mine, ServiceWorklist.Overdue, ServiceWorklist.Closed],
        _ => [ServiceWorklist.Open, ServiceWorklist.Overdue, ServiceWorklist.Closed],
    };

    /// <summary>Whether the role sees the service area at all (the navigation shows "Service" to these).</summary>
    public static bool CanOpenService(CrmRole role) =>
        role is CrmRole.ServiceAgent or CrmRole.ServiceManager or CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;

    /// <summary>SVC-1: customer service logs requests.</summary>
    public static bool CanLog(CrmRole role) => role is CrmRole.ServiceAgent or CrmRole.ServiceManager;

    /// <summary>The dashboard's figures: those who answer for service, for their region or all.</summary>
    public static bool CanSeeDashboard(CrmRole role) =>
        role is CrmRole.ServiceManager or CrmRole.ServiceAgent or CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;

    public static Expression<Func<ServiceRequest, bool>> Readable(CurrentUser user, IQueryable<Domain.Customers.Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var region = user.RegionId;
        return user.Role switch
        {
            CrmRole.MarketingDirector or CrmRole.Administrator => r => true,
            CrmRole.ServiceAgent or CrmRole.ServiceManager or CrmRole.SalesManager => r => r.RegionId == region || r.InvestigatorId == id,

            // SVC-4: the owner (while the customer is theirs, not pooled) and the account manager.
            CrmRole.SalesRep or CrmRole.AccountManager => r => r.InvestigatorId == id
                || customers.Any(c => c.Id == r.CustomerId && ((c.OwnerId == id && c.PooledAt == null) || c.AccountManagerId == id)),
            _ => r => r.InvestigatorId == id,
        };
    }

    /// <summary>The rows the dashboard counts: the region's for regional roles, all for the director and administrators.</summary>
    public static Expression<Func<ServiceRequest, bool>> Counted(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var region = user.RegionId;
        return user.Role is CrmRole.MarketingDirector or CrmRole.Administrator ? r => true : r => r.RegionId == region;
    }

    /// <summary>Customer service works (progress, feedback, answers, closing) the requests of its region.</summary>
    public static bool CanWork(CurrentUser user, ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        return CanLog(user.Role) && request.RegionId == user.RegionId;
    }

    /// <summary>SVC-2: the region's service manager assigns the investigator.</summary>
    public static bool CanAssign(CurrentUser user, ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        return user.Role == CrmRole.ServiceManager && request.RegionId == user.RegionId;
    }

    /// <summary>SVC-2: the marketing director decides the proposed solution, whatever the region.</summary>
    public static bool CanDecideSolution(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role == CrmRole.MarketingDirector;
    }

    /// <summary>SVC-2: improvements are set by the region's service manager or the director.</summary>
    public static bool CanAddImprovement(CurrentUser user, ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        return user.Role == CrmRole.MarketingDirector || (user.Role == CrmRole.ServiceManager && request.RegionId == user.RegionId);
    }

    /// <summary>What the user's role lets them do to this request, for the request to add its state (<see cref="ServiceRequest.AllowedMoves"/>).</summary>
    public static ServiceActor ActorFor(CurrentUser user, ServiceRequest request) =>
        new(user.Id, CanWork(user, request), CanAssign(user, request), CanDecideSolution(user), CanAddImprovement(user, request));

    /// <summary>Who may investigate: customer service of the request's region.</summary>
    public static bool CanInvestigate(CrmRole role) => role is CrmRole.ServiceAgent or CrmRole.ServiceManager;
}
