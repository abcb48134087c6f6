using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Features.Admin;

/// <summary>The user dialog's fields; <see cref="Password"/> only when creating.</summary>
public sealed class UserFormModel
{
    public Guid? Id { get; set; }
    public string Email { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public CrmRole Role { get; set; } = CrmRole.SalesRep;
    public Guid RegionId { get; set; }
    public string? Password { get; set; }
}
