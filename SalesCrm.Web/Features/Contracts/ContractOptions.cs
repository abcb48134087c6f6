using System.ComponentModel.DataAnnotations;
using SalesCrm.Domain.Contracts;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>Contract settings (CON-2): the payment-terms ceiling and the company that signs as seller (CON-4's parties block).</summary>
public sealed class ContractOptions
{
    public const string Section = "Contracts";

    /// <summary>CON-2: 004 sets 60 days (账期不超过60天); the company may set it lower or, by decision, higher.</summary>
    [Range(0, 365)]
    public int MaxPaymentTermsDays { get; set; } = ContractTerms.DefaultMaxPaymentTermsDays;

    /// <summary>The seller on every contract.</summary>
    [Required]
    public CompanyParty Company { get; set; } = new();
}
