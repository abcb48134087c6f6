using System.Linq.Expressions;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// CUS-5: who reads and who acknowledges the 《新(重)进客户操作通知单》 (003 §8.2.2). The head of collection is a
/// collector of the customer's region (003 §6: the collector sits in the market department and answers for collection),
/// the head of service the region's service manager; the marketing director heads both departments company-wide and may
/// acknowledge for either. The region's sales manager and administrators read the notices but do not acknowledge.
/// </summary>
public static class OnboardingAccess
{
    public static AccessScope ReadScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.Collector or CrmRole.ServiceManager or CrmRole.SalesManager => AccessScope.Region,
        _ => AccessScope.None,
    };

    public static bool CanOpen(CrmRole role) => ReadScope(role) != AccessScope.None;

    /// <summary>The department <paramref name="role"/> acknowledges for, or null; the director is asked which.</summary>
    public static Department? DepartmentOf(CrmRole role) => role switch
    {
        CrmRole.Collector => Department.Collection,
        CrmRole.ServiceManager => Department.Service,
        _ => null,
    };

    /// <summary>Whether the role acknowledges notices at all: a department's head, or the director for either.</summary>
    public static bool Acknowledges(CrmRole role) => DepartmentOf(role) is not null || role == CrmRole.MarketingDirector;

    /// <summary>Whether <paramref name="user"/> heads <paramref name="department"/> for a customer of <paramref name="customerRegionId"/>.</summary>
    public static bool CanAcknowledge(CurrentUser user, Department department, Guid customerRegionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role == CrmRole.MarketingDirector || (DepartmentOf(user.Role) == department && user.RegionId == customerRegionId);
    }

    /// <summary>The notices' customers <paramref name="user"/> reads them for.</summary>
    public static Expression<Func<Customer, bool>> Customers(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var region = user.RegionId;
        return ReadScope(user.Role) switch
        {
            AccessScope.All => c => true,
            AccessScope.Region => c => c.RegionId == region,
            _ => c => false,
        };
    }
}
