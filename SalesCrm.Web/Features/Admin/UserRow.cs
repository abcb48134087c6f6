using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Features.Admin;

public sealed record UserRow(Guid Id, string Email, string DisplayName, CrmRole Role, Guid RegionId, string Region, bool IsDisabled, bool IsLockedOut, bool AwaitsAccess = false);
