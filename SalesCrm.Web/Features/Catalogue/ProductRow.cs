using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Catalogue;

public sealed record ProductRow(Guid Id, string Code, string Name, string Unit, Money ListPrice, bool IsActive);
