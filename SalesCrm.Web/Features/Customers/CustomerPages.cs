using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Features.Customers;

/// <summary>Whether the customers area appears in a role's navigation; the service enforces the rules either way.</summary>
public static class CustomerPages
{
    public static bool CanOpen(CrmRole role) => CustomerAccess.ReadScope(role) != AccessScope.None;
}
