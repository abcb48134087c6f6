using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Contracts;

/// <summary>CON-3: a contract was cancelled before signing or terminated after; TIER-1 regrades the customer without it.</summary>
public sealed record ContractEnded(Guid ContractId, Guid CustomerId, ContractStatus Status) : DomainEvent;
