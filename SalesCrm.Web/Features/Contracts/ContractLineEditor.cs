using SalesCrm.Web.Features.Catalogue;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>One line as the form shows it while typing: the chosen product (with its list price), quantity and unit price.</summary>
public sealed class ContractLineEditor
{
    public ProductOption? Product { get; set; }

    public decimal? Quantity { get; set; } = 1;

    public decimal? UnitPrice { get; set; }

    /// <summary>CON-2: shown as a hint; the service decides.</summary>
    public bool IsBelowList => Product is not null && UnitPrice is { } price && price < Product.ListPrice.Amount;

    public decimal? Total => Quantity is { } quantity && UnitPrice is { } price ? decimal.Round(quantity * price, 2, MidpointRounding.AwayFromZero) : null;

    public ContractLineForm ToForm() => new() { ProductId = Product?.Id, Quantity = Quantity, UnitPrice = UnitPrice };
}
