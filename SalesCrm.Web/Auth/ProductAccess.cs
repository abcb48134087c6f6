using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// CON-1 catalogue (ours): every role reads it (reps quote from it, managers hold price cuts against its list prices
/// under CON-2, legal, service and collectors read the lines of contracts); administrators and the marketing director,
/// who sets policies, keep it. <see cref="Features.Catalogue.ProductService"/> applies these on every call.
/// </summary>
public static class ProductAccess
{
    public static bool CanRead(CrmRole role) => Enum.IsDefined(role);

    public static bool CanManage(CrmRole role) => role is CrmRole.Administrator or CrmRole.MarketingDirector;
}
