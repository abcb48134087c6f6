namespace SalesCrm.Domain.Targets;

/// <summary>KPI-4: the part of the rate reward one signing earned, so a report can show where the reward comes from.</summary>
public sealed record TeamRewardLine(RewardContribution Contribution, decimal Reward);
