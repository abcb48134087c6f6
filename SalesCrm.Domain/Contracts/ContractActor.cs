namespace SalesCrm.Domain.Contracts;

/// <summary>
/// Who asks what they may do to a contract: the roles' reach is decided outside the domain (who works the contract,
/// who reviews, who decides approvals); the contract adds its state and the identity rule "not your own request".
/// </summary>
public sealed record ContractActor(Guid UserId, bool Works, bool Reviews, bool DecidesApprovals);
