using System.Linq.Expressions;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-1 for customers, in one place. A rep reaches only their own customers, an account manager those they own or
/// manage, a sales manager their region, service staff read and keep their region's files (but not owner or
/// commercial terms), the director and administrators everything; legal and collectors nothing yet. Services apply
/// <see cref="Readable"/> to every query and the Can* checks to every write. A customer released to the shared pool
/// (OWN-6) is no longer its former owner's.
/// </summary>
public static class CustomerAccess
{
    /// <summary>OWN-1: the roles that own customers — sales reps, account managers and sales managers.</summary>
    public static IReadOnlyList<CrmRole> OwnerRoles { get; } = [CrmRole.SalesRep, CrmRole.AccountManager, CrmRole.SalesManager];

    public static bool CanOwnCustomers(CrmRole role) => OwnerRoles.Contains(role);

    public static AccessScope ReadScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.SalesManager or CrmRole.ServiceAgent or CrmRole.ServiceManager => AccessScope.Region,
        CrmRole.SalesRep or CrmRole.AccountManager => AccessScope.Own,
        _ => AccessScope.None,
    };

    /// <summary>Basic data and contacts: service staff keep the files of their region (001 §6.3).</summary>
    public static AccessScope ProfileScope(CrmRole role) => ReadScope(role);

    /// <summary>Settlement method and credit standing: the sales side only.</summary>
    public static AccessScope TermsScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.SalesManager => AccessScope.Region,
        CrmRole.SalesRep or CrmRole.AccountManager => AccessScope.Own,
        _ => AccessScope.None,
    };

    /// <summary>OWN-5: only a sales manager (their region) or the director and administrators move a customer to another owner.</summary>
    public static AccessScope TransferScope(CrmRole role) => role switch
    {
        CrmRole.MarketingDirector or CrmRole.Administrator => AccessScope.All,
        CrmRole.SalesManager => AccessScope.Region,
        _ => AccessScope.None,
    };

    public static bool CanTransfer(CurrentUser user, Customer customer) => Reaches(TransferScope(user.Role), user, customer);

    /// <summary>
    /// LEAD-1 import (ours): a file of leads is brought in by those who lead sales staff, for the owners
    /// <see cref="CanAssignOwner"/> allows them (a sales manager their region's, the director and administrators anyone's).
    /// </summary>
    public static bool CanImportLeads(CrmRole role) => role is CrmRole.SalesManager or CrmRole.MarketingDirector or CrmRole.Administrator;

    public static bool CanCreate(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return TermsScope(user.Role) != AccessScope.None;
    }

    public static bool CanRead(CurrentUser user, Customer customer) => Reaches(ReadScope(user.Role), user, customer);

    public static bool CanEditProfile(CurrentUser user, Customer customer) => Reaches(ProfileScope(user.Role), user, customer);

    public static bool CanEditTerms(CurrentUser user, Customer customer) => Reaches(TermsScope(user.Role), user, customer);

    /// <summary>The same rule as <see cref="CanRead"/>, as a filter the database applies.</summary>
    public static Expression<Func<Customer, bool>> Readable(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var region = user.RegionId;
        return ReadScope(user.Role) switch
        {
            AccessScope.All => c => true,
            AccessScope.Region => c => c.RegionId == region,
            AccessScope.Own => c => (c.OwnerId == id && c.PooledAt == null) || c.AccountManagerId == id,
            _ => c => false,
        };
    }

    /// <summary>Whether <paramref name="user"/> may make <paramref name="ownerRole"/> in <paramref name="ownerRegion"/> the owner of a new customer.</summary>
    public static bool CanAssignOwner(CurrentUser user, Guid ownerId, CrmRole ownerRole, Guid ownerRegion)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CanOwnCustomers(ownerRole))
        {
            return false;
        }

        return TermsScope(user.Role) switch
        {
            AccessScope.All => true,
            AccessScope.Region => ownerRegion == user.RegionId,
            AccessScope.Own => ownerId == user.Id,
            _ => false,
        };
    }

    private static bool Reaches(AccessScope scope, CurrentUser user, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(customer);
        return scope switch
        {
            AccessScope.All => true,
            AccessScope.Region => customer.RegionId == user.RegionId,
            AccessScope.Own => (customer.OwnerId == user.Id && !customer.InPool) || customer.AccountManagerId == user.Id,
            _ => false,
        };
    }
}
