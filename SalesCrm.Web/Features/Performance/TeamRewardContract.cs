namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-4: one new customer's signing that counts towards the team reward, and its share of it.</summary>
public sealed record TeamRewardContract(Guid ContractId, string ContractNumber, string Customer, DateOnly SignedOn, decimal SignedAmount, decimal Reward, bool NewATier);
