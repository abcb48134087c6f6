using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Features.Catalogue;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>
/// What the contract form starts from: a new draft for an opportunity (prefilled with what the negotiation settled) or
/// an existing draft. <see cref="LineProducts"/> runs alongside the form's lines, so each shows its product.
/// </summary>
/// <param name="ContractId">The draft being changed; null for a new one.</param>
/// <param name="ExistingContract">For a new draft: the number of a contract the opportunity already has; then no second one is drafted.</param>
public sealed record ContractDraftStart(
    Guid? ContractId,
    string? ContractNumber,
    Guid? OpportunityId,
    string? OpportunityTitle,
    string Customer,
    SettlementMethod CustomerSettlement,
    Money? NegotiatedPrice,
    ContractForm Form,
    IReadOnlyList<ProductOption?> LineProducts,
    string? ExistingContract);
