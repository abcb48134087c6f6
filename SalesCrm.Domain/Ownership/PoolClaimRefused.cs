using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Ownership;

/// <summary>OWN-6: a claim one of the pool's rules refuses; <see cref="Refusal"/> says which rule and when it lifts.</summary>
public sealed class PoolClaimRefused(PoolRefusal refusal) : DomainException(refusal.Code, refusal.Message)
{
    public PoolRefusal Refusal { get; } = refusal;
}
