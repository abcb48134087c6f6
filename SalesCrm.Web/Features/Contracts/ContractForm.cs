using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>CON-1: the terms as the draft form edits them; the service turns them into <see cref="ContractTerms"/> the domain checks.</summary>
public sealed class ContractForm
{
    public List<ContractLineForm> Lines { get; } = [];

    public DateTime? DeliveryDate { get; set; }

    public PaymentMethod? PaymentMethod { get; set; }

    public SettlementMethod? Settlement { get; set; }

    public int? PaymentTermsDays { get; set; } = 30;

    /// <summary>CON-2: 5% unless the parties agree otherwise.</summary>
    public decimal? BreachCompensationPercent { get; set; } = ContractTerms.DefaultBreachCompensationPercent;

    public SigningMethod? SigningMethod { get; set; } = Domain.Contracts.SigningMethod.ElectronicSignature;

    public string? ServiceCommitments { get; set; }

    public bool FreeService { get; set; }

    public static ContractForm From(ContractTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var form = new ContractForm
        {
            DeliveryDate = terms.DeliveryDate?.ToDateTime(TimeOnly.MinValue),
            PaymentMethod = terms.PaymentMethod,
            Settlement = terms.Settlement,
            PaymentTermsDays = terms.PaymentTermsDays,
            BreachCompensationPercent = terms.BreachCompensationPercent,
            SigningMethod = terms.SigningMethod,
            ServiceCommitments = terms.ServiceCommitments,
            FreeService = terms.FreeService,
        };
        form.Lines.AddRange(terms.Lines.Select(l => new ContractLineForm { ProductId = l.ProductId, Quantity = l.Quantity, UnitPrice = l.UnitPrice }));
        return form;
    }
}
