namespace SalesCrm.Web.Features.Contracts;

/// <summary>One line as the contract form edits it: a catalogue product, a quantity and the agreed unit price.</summary>
public sealed class ContractLineForm
{
    public Guid? ProductId { get; set; }

    public decimal? Quantity { get; set; } = 1;

    public decimal? UnitPrice { get; set; }
}
