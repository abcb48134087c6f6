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

    /// <summary>The line's total while typing, or null when there is none yet or it could not be money (the service then refuses the line next to its field).</summary>
    public decimal? Total => Quantity is { } quantity && UnitPrice is { } price ? Amount(() => quantity * price) : null;

    /// <summary>The form's running total, or null when it could not be money.</summary>
    public static decimal? TotalOf(IEnumerable<ContractLineEditor> lines) => Amount(() => lines.Sum(l => l.Total ?? 0));

    private static decimal? Amount(Func<decimal> compute)
    {
        try
        {
            var amount = decimal.Round(compute(), 2, MidpointRounding.AwayFromZero);
            return Domain.Common.Money.Check(amount) is null ? amount : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public ContractLineForm ToForm() => new() { ProductId = Product?.Id, Quantity = Quantity, UnitPrice = UnitPrice };
}
