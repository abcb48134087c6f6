using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Features.Customers;

/// <summary>Someone the signed-in user may make owner of a new customer.</summary>
public sealed record OwnerOption(Guid Id, string Name, CrmRole Role, string Region);
