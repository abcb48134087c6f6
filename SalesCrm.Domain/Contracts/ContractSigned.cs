using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Contracts;

/// <summary>
/// CON-3/CON-4: a contract (or a new version of one) was signed. Its receivable opens or carries over (AR-1), the
/// customer records the amount and is regraded (TIER-1), and the first version signs its opportunity (PIPE-1).
/// </summary>
public sealed record ContractSigned(Guid ContractId, Guid CustomerId, DateTimeOffset SignedAt) : DomainEvent;
