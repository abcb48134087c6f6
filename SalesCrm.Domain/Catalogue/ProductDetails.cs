namespace SalesCrm.Domain.Catalogue;

/// <summary>
/// A product as the administrator types it (CON-1): the list price as amount and currency, so that
/// <see cref="Product.Check"/> can name the field of every mistake at once. A missing currency means CNY.
/// </summary>
public sealed record ProductDetails(string Code, string Name, string Unit, decimal? ListPrice, string? Currency, string? Description);
