using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;

namespace SalesCrm.Tests.Domain.Catalogue;

/// <summary>CON-1: the catalogue that contract lines name, with the list price CON-2 holds unit prices against.</summary>
public sealed class ProductTests
{
    private static readonly ProductDetails Forklift = new("FL-3T", "3吨电动叉车 (3 t electric forklift)", "台", 128_000m, "CNY", "Lithium battery, 4.5 m mast");

    [Fact]
    public void CON1_NewProduct_IsActive_WithItsCodeTrimmedAndUpperCased()
    {
        var product = Product.Create(Forklift with { Code = "  fl-3t_b2 " });

        Assert.Equal(("FL-3T_B2", "3吨电动叉车 (3 t electric forklift)", "台", true), (product.Code, product.Name, product.Unit, product.IsActive));
    }

    [Fact]
    public void CON1_ListPrice_IsExactMoney_AndNeverNegative()
    {
        var product = Product.Create(Forklift with { ListPrice = 0.10m });
        product.ChangePrice(product.ListPrice + Money.Cny(0.20m));

        var error = Assert.Throws<DomainValidationException>(() => product.ChangePrice(Money.Cny(-0.01m)));

        Assert.Equal(Money.Cny(0.30m), product.ListPrice);
        Assert.Equal(new ValidationError("ListPrice", "Product.PriceNegative", "The list price cannot be negative."), Assert.Single(error.Errors));
    }

    [Fact]
    public void CON1_ListPrice_WithoutCurrency_IsInCny_AndAFreeProductMayCostNothing()
    {
        var product = Product.Create(Forklift with { ListPrice = 0m, Currency = " " });

        Assert.Equal(Money.Cny(0m), product.ListPrice);
    }

    [Theory]
    [InlineData(null, "CNY", "ListPrice", "Product.PriceRequired")]
    [InlineData(99.999, "CNY", "ListPrice", "Money.TooPrecise")]
    [InlineData(100.0, "人民币", "Currency", "Money.CurrencyInvalid")]
    public void CON1_AMissingOrInexactPrice_OrABadCurrency_IsRefusedOnItsField(double? amount, string currency, string field, string code)
    {
        var error = Assert.Throws<DomainValidationException>(() => Product.Create(Forklift with { ListPrice = (decimal?)amount, Currency = currency }));

        Assert.Equal((field, code), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("FL 3T")]
    [InlineData("叉车-3T")]
    [InlineData("FL/3T")]
    [InlineData("ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGH")]
    public void CON1_ACodeOtherThanUpTo40LettersDigitsDashesOrUnderscores_IsRefusedOnCode(string code)
    {
        var error = Assert.Throws<DomainValidationException>(() => Product.Create(Forklift with { Code = code }));

        Assert.Equal("Code", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void CON1_EveryInvalidField_IsReportedTogether()
    {
        var details = new ProductDetails(" ", " ", new string('套', 21), -1m, "CNY", new string('x', 2001));

        var error = Assert.Throws<DomainValidationException>(() => Product.Create(details));

        Assert.Equal(
            [("Code", "Product.CodeRequired"), ("Name", "Product.NameRequired"), ("Unit", "Field.TooLong"), ("ListPrice", "Product.PriceNegative"), ("Description", "Field.TooLong")],
            error.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void CON1_RefusedUpdate_ChangesNothing()
    {
        var product = Product.Create(Forklift);

        Assert.Throws<DomainValidationException>(() => product.Update(Forklift with { Name = "New name", Unit = "" }));

        Assert.Equal(Forklift, product.Details);
    }

    [Fact]
    public void CON1_Rename_KeepsTheRestOfTheProduct()
    {
        var product = Product.Create(Forklift);

        product.Rename("  3吨锂电叉车 (3 t lithium forklift) ");

        Assert.Equal(Forklift with { Name = "3吨锂电叉车 (3 t lithium forklift)" }, product.Details);
    }

    [Fact]
    public void CON1_DeactivatedProduct_IsKept_AndCanBeReactivated()
    {
        var product = Product.Create(Forklift);

        product.Deactivate();
        var inactive = product.IsActive;
        product.Reactivate();

        Assert.Equal((false, true), (inactive, product.IsActive));
    }

    [Fact]
    public void CON1_DeactivatingAnInactiveProduct_IsRefused()
    {
        var product = Product.Create(Forklift);
        product.Deactivate();

        Assert.Equal("Product.AlreadyInactive", Assert.Throws<DomainException>(product.Deactivate).Code);
        Assert.Equal("Product.AlreadyActive", Assert.Throws<DomainException>(Product.Create(Forklift).Reactivate).Code);
    }
}
