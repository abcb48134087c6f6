using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>What the draft form starts from: the opportunity, its customer, the negotiated price and the prefilled terms.</summary>
/// <param name="ExistingContract">The number of a contract the opportunity already has; then no second one is drafted.</param>
public sealed record ContractDraftStart(
    Guid OpportunityId, string OpportunityTitle, string Customer, SettlementMethod CustomerSettlement, Money? NegotiatedPrice, ContractForm Form, string? ExistingContract);
