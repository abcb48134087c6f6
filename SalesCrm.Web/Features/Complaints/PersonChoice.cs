using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>Someone a request can be given to: an investigator or an improvement's owner.</summary>
public sealed record PersonChoice(Guid Id, string Name, CrmRole Role);
