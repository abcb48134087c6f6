using SalesCrm.Domain.Contracts;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>
/// A contract as its page shows it, with the names it refers to; whether the reader works it, and what they may do now:
/// the moves and the approval requests the contract allows them (one state table, the domain's).
/// </summary>
public sealed record ContractView(
    Contract Contract,
    string Customer,
    string? OpportunityTitle,
    string Owner,
    string Region,
    IReadOnlyDictionary<Guid, string> People,
    IReadOnlyList<ContractVersionRow> Versions,
    bool CanWork,
    IReadOnlyList<ContractMove> Moves,
    IReadOnlyList<ApprovalReason> Decidable);
