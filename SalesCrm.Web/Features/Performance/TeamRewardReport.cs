using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-4: a region's team reward for a quarter, with each contributing contract.</summary>
public sealed record TeamRewardReport(Guid RegionId, string Region, Period Quarter, TeamReward Reward, IReadOnlyList<TeamRewardContract> Contracts, TeamRewardPolicy Policy);
