namespace SalesCrm.Domain.Contracts;

/// <summary>
/// CON-1: one line of a contract — a catalogue product as it was when the line was written (code, name, unit and
/// list price are copied, so a later catalogue change does not rewrite a contract), a quantity and the agreed unit price.
/// </summary>
public sealed record ContractLine(Guid ProductId, string ProductCode, string ProductName, string Unit, decimal ListPrice, decimal Quantity, decimal UnitPrice)
{
    public const int MaxQuantity = 1_000_000;

    /// <summary>Quantity × unit price, rounded half away from zero to the fen.</summary>
    public decimal Total => decimal.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);

    /// <summary>CON-2: a unit price below the list price needs the sales manager's approval.</summary>
    public bool IsBelowList => UnitPrice < ListPrice;
}
