using SalesCrm.Domain.Contracts;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>A contract as its page shows it, with the names it refers to and what the reader may do with it.</summary>
public sealed record ContractView(
    Contract Contract,
    string Customer,
    string? OpportunityTitle,
    string Owner,
    string Region,
    IReadOnlyDictionary<Guid, string> People,
    IReadOnlyList<ContractVersionRow> Versions,
    bool CanWork,
    bool CanDecideApprovals,
    bool CanReview,
    bool CanCollect);
