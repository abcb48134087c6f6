using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Catalogue;

/// <summary>
/// A catalogue product with its list price (CON-1). Contract lines will name a product, a quantity and a unit price;
/// a unit price below <see cref="ListPrice"/> needs the sales manager's approval (CON-2). Once contracts may refer to
/// it, a product is never deleted: it is deactivated, which takes it out of the pickers and keeps it on record.
/// </summary>
public sealed class Product : AggregateRoot
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 20;
    public const int DescriptionMaxLength = 2000;

    private Product()
    {
        Code = string.Empty;
        Name = string.Empty;
        Unit = string.Empty;
        ListPrice = Money.Zero(Money.DefaultCurrency);
    }

    /// <summary>Unique, upper case: letters A–Z, digits, '-' and '_' (e.g. <c>FL-3T</c>).</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>What one of the product is sold as: 台, 套, 件, set, piece, hour...</summary>
    public string Unit { get; private set; }

    /// <summary>CON-1/CON-2: the price per unit that a contract line is held against; never negative.</summary>
    public Money ListPrice { get; private set; }

    public string? Description { get; private set; }

    public bool IsActive { get; private set; }

    public ProductDetails Details => new(Code, Name, Unit, ListPrice.Amount, ListPrice.Currency, Description);

    public static Product Create(ProductDetails details)
    {
        var product = new Product { IsActive = true };
        product.Update(details);
        return product;
    }

    /// <summary>Replaces code, name, unit, price and description together: either all of it is valid and applied, or nothing is.</summary>
    public void Update(ProductDetails details)
    {
        Throw(Check(details));
        Code = NormaliseCode(details.Code)!;
        Name = details.Name.Trim();
        Unit = details.Unit.Trim();
        ListPrice = new Money(details.ListPrice!.Value, Text.Clean(details.Currency) ?? Money.DefaultCurrency);
        Description = Text.Clean(details.Description);
    }

    public void Rename(string name) => Update(Details with { Name = name });

    public void ChangePrice(Money listPrice)
    {
        ArgumentNullException.ThrowIfNull(listPrice);
        Update(Details with { ListPrice = listPrice.Amount, Currency = listPrice.Currency });
    }

    /// <summary>Out of the pickers for new contract lines; contracts that name it keep it.</summary>
    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException("Product.AlreadyInactive", "This product is inactive already.");
        }

        IsActive = false;
    }

    public void Reactivate()
    {
        if (IsActive)
        {
            throw new DomainException("Product.AlreadyActive", "This product is active already.");
        }

        IsActive = true;
    }

    /// <summary>The code as stored and compared: trimmed and upper case; null when nothing was typed.</summary>
    public static string? NormaliseCode(string? code) => Text.Clean(code)?.ToUpperInvariant();

    public static IReadOnlyList<ValidationError> Check(ProductDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new ValidationErrors();
        var code = NormaliseCode(details.Code);
        if (code is null)
        {
            errors.Add(nameof(ProductDetails.Code), "Product.CodeRequired", "Enter the product code, e.g. FL-3T.");
        }
        else if (code.Length > CodeMaxLength || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            errors.Add(nameof(ProductDetails.Code), "Product.CodeInvalid", $"Use up to {CodeMaxLength} letters A–Z, digits, '-' or '_', without spaces (e.g. FL-3T).");
        }

        if (Text.Clean(details.Name) is null)
        {
            errors.Add(nameof(ProductDetails.Name), "Product.NameRequired", "Enter the product's name.");
        }

        errors.AddIf(nameof(ProductDetails.Name), Text.Check(Text.Clean(details.Name), NameMaxLength));
        if (Text.Clean(details.Unit) is null)
        {
            errors.Add(nameof(ProductDetails.Unit), "Product.UnitRequired", "Enter the unit it is sold by, e.g. 台, 套, set or piece.");
        }

        errors.AddIf(nameof(ProductDetails.Unit), Text.Check(Text.Clean(details.Unit), UnitMaxLength));
        CheckPrice(details, errors);
        errors.AddIf(nameof(ProductDetails.Description), Text.Check(Text.Clean(details.Description), DescriptionMaxLength));
        return errors.Items;
    }

    private static void CheckPrice(ProductDetails details, ValidationErrors errors)
    {
        if (details.ListPrice is not { } amount)
        {
            errors.Add(nameof(ProductDetails.ListPrice), "Product.PriceRequired", "Enter the list price.");
            return;
        }

        try
        {
            if (new Money(amount, Text.Clean(details.Currency) ?? Money.DefaultCurrency).IsNegative)
            {
                errors.Add(nameof(ProductDetails.ListPrice), "Product.PriceNegative", "The list price cannot be negative.");
            }
        }
        catch (DomainException e)
        {
            errors.Add(e.Code == "Money.CurrencyInvalid" ? nameof(ProductDetails.Currency) : nameof(ProductDetails.ListPrice), e.Code, e.Message);
        }
    }

    private static void Throw(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
