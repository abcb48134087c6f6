using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// Entra ID app roles carry our role names (SalesRep, SalesManager, ...). A user with several gets the most
/// powerful one; a user with none is not let in (deny by default).
/// </summary>
public static class EntraRoleMap
{
    private static readonly CrmRole[] Precedence =
    [
        CrmRole.Administrator, CrmRole.MarketingDirector, CrmRole.SalesManager, CrmRole.ServiceManager,
        CrmRole.AccountManager, CrmRole.SalesRep, CrmRole.ServiceAgent, CrmRole.Legal, CrmRole.Collector,
    ];

    public static CrmRole? Map(IEnumerable<string> appRoles)
    {
        var granted = appRoles
            .SelectMany(r => Precedence.Where(role => string.Equals(role.ToString(), r?.Trim(), StringComparison.OrdinalIgnoreCase)))
            .ToHashSet();
        return Precedence.Cast<CrmRole?>().FirstOrDefault(r => granted.Contains(r!.Value));
    }
}
