using Microsoft.AspNetCore.Identity;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>A person who signs in. One role, one region; a disabled user keeps their history but loses access.</summary>
public sealed class CrmUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;
    public CrmRole Role { get; set; }
    public Guid RegionId { get; set; }
    public bool IsDisabled { get; set; }
}
