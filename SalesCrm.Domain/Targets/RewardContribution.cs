namespace SalesCrm.Domain.Targets;

/// <summary>KPI-4: a new customer's signed contract and its amount, which earns the team its share of the reward.</summary>
public sealed record RewardContribution(Guid ContractId, Guid CustomerId, decimal SignedAmount);
