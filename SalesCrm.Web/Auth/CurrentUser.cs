using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>The signed-in user as the access rules see them.</summary>
public sealed record CurrentUser(Guid Id, string Name, CrmRole Role, Guid RegionId)
{
    public bool Is(params CrmRole[] roles) => roles.Contains(Role);
}
