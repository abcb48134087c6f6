using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Catalogue;

/// <summary>The product dialog's fields; <see cref="Version"/> is the copy being edited (null <see cref="Id"/>: a new product).</summary>
public sealed class ProductFormModel
{
    public Guid? Id { get; set; }
    public Guid Version { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Unit { get; set; } = string.Empty;
    public decimal? ListPrice { get; set; }
    public string Currency { get; set; } = Money.DefaultCurrency;
    public string? Description { get; set; }

    public ProductDetails ToDetails() => new(Code, Name, Unit, ListPrice, Currency, Description);

    public static ProductFormModel From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new ProductFormModel
        {
            Id = product.Id,
            Version = product.Version,
            Code = product.Code,
            Name = product.Name,
            Unit = product.Unit,
            ListPrice = product.ListPrice.Amount,
            Currency = product.ListPrice.Currency,
            Description = product.Description,
        };
    }
}
