using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Features.Visits;

/// <summary>Someone a planned contact may be given to.</summary>
public sealed record AssigneeChoice(Guid Id, string Name, CrmRole Role);
