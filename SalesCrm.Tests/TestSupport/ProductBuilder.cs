using SalesCrm.Domain.Catalogue;
using SalesCrm.Web.Features.Catalogue;

namespace SalesCrm.Tests.TestSupport;

/// <summary>A valid catalogue product (CON-1) unless told otherwise, as a test database holds it or as an administrator types it.</summary>
public sealed class ProductBuilder
{
    private ProductDetails _details = new("FL-3T", "3吨电动叉车 (3 t electric forklift)", "台", 128_000m, "CNY", "Lithium battery, 4.5 m mast");
    private bool _inactive;

    public ProductBuilder Coded(string code)
    {
        _details = _details with { Code = code };
        return this;
    }

    public ProductBuilder Named(string name)
    {
        _details = _details with { Name = name };
        return this;
    }

    public ProductBuilder Priced(decimal? listPrice, string currency = "CNY")
    {
        _details = _details with { ListPrice = listPrice, Currency = currency };
        return this;
    }

    public ProductBuilder Inactive()
    {
        _inactive = true;
        return this;
    }

    public async Task<Product> SaveAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var product = Product.Create(_details);
        if (_inactive)
        {
            product.Deactivate();
        }

        await using var db = database.CreateContext();
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    }

    public ProductFormModel ToForm() => new()
    {
        Code = _details.Code,
        Name = _details.Name,
        Unit = _details.Unit,
        ListPrice = _details.ListPrice,
        Currency = _details.Currency ?? "CNY",
        Description = _details.Description,
    };
}
