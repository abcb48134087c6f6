using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Catalogue;

/// <summary>An active product as a contract line's picker offers it (CON-1), with the list price CON-2 holds the unit price against.</summary>
public sealed record ProductOption(Guid Id, string Code, string Name, string Unit, Money ListPrice);
