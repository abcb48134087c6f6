using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// SEC-3: customer data leaves the app only through audited downloads, and who took what is for those who answer for
/// the whole company's data: the marketing director and administrators.
/// </summary>
public static class ExportAccess
{
    public static bool CanSeeExports(CrmRole role) => role is CrmRole.MarketingDirector or CrmRole.Administrator;
}
