using System.ComponentModel.DataAnnotations;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-1..KPI-2: the company's defaults for targets nobody set and what counts as a valid customer.</summary>
public sealed class PerformanceOptions : IValidatableObject
{
    public const string Section = "Performance";

    /// <summary>A rep's signed-amount target for a quarter when none is set (004: 季度销售目标100万).</summary>
    [Range(0, 1_000_000_000_000)]
    public decimal RepQuarterSignedAmount { get; set; } = 1_000_000m;

    /// <summary>A rep's new valid customers a month when no target is set (004 gives 3 and, elsewhere, 5).</summary>
    [Range(0, 1000)]
    public int RepMonthNewValidCustomers { get; set; } = 3;

    /// <summary>Target companies a rep registers per day (004: 每日收集5家目标企业).</summary>
    [Range(0, 1000)]
    public int RepDayLeads { get; set; } = 5;

    /// <summary>
    /// KPI-2 "valid" customer (ours): a customer whose first counted signing falls in the period and is at least this
    /// amount (yuan; default 0, any first contract).
    /// </summary>
    [Range(0, 1_000_000_000_000)]
    public decimal ValidCustomerMinimumAmount { get; set; }

    /// <summary>KPI-2: the share of what fell due that is to be collected, percent (004: 回款率 ≥ 95%).</summary>
    [Range(0, 100)]
    public decimal CollectionRateTarget { get; set; } = 95m;

    /// <summary>KPI-2: the share of a month's first contacts to become customers, percent; 004 names the rate but no figure, so none by default.</summary>
    [Range(0, 100)]
    public decimal? ConversionRateTarget { get; set; }

    /// <summary>KPI-2/TIER-3: the share of A-tier customers to have their quarter's visits, percent (TIER-3: every one).</summary>
    [Range(0, 100)]
    public decimal ATierCoverageTarget { get; set; } = 100m;

    /// <summary>KPI-2/SVC-3: the share of complaints to get their first response in time, percent (SVC-3: every one).</summary>
    [Range(0, 100)]
    public decimal FirstResponseRateTarget { get; set; } = 100m;

    /// <summary>KPI-3: within how many days of a month's start its second fail in a row is told to the manager (after that, not again).</summary>
    [Range(1, 28)]
    public int FlagTwoFailsWithinDays { get; set; } = 7;

    /// <summary>How often the performance job looks (<see cref="PerformanceJob"/>).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>KPI-4: the team reward, percent of new customers' signed amount (004: 1%–3%; default 2).</summary>
    public decimal TeamRewardPercent { get; set; } = 2m;

    /// <summary>KPI-4: how many new A-tier customers in a quarter earn the extra reward (004: three or more).</summary>
    public int TeamBonusNewATierCustomers { get; set; } = 3;

    /// <summary>KPI-4: the extra reward in yuan (004 names none; a setting).</summary>
    public decimal TeamBonusAmount { get; set; } = 20_000m;

    public TeamRewardPolicy RewardPolicy => new() { RatePercent = TeamRewardPercent, NewATierCustomersForBonus = TeamBonusNewATierCustomers, BonusAmount = TeamBonusAmount };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RewardPolicy.Check() is { } refused ? [new ValidationResult(refused.Message, [nameof(TeamRewardPercent)])] : [];
}
