using System.ComponentModel.DataAnnotations;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Tiers;

/// <summary>TIER-1: the thresholds the marketing director sets, and how often the nightly regrading runs.</summary>
public sealed class TierOptions : IValidatableObject
{
    public const string Section = "Tiers";

    /// <summary>A needs more than this trailing-12-month signed amount (004: 年采购额超500万).</summary>
    public decimal AAbove { get; set; } = TierThresholds.Default.AAbove;

    /// <summary>B needs at least this amount (ours).</summary>
    public decimal BFrom { get; set; } = TierThresholds.Default.BFrom;

    /// <summary>How often every customer whose grade may change is regraded (a contract ageing out lowers it).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RecomputeEvery { get; set; } = TimeSpan.FromHours(24);

    public TierThresholds Thresholds => new(AAbove, BFrom);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Thresholds.Check().Select(e => new ValidationResult(e.Message, [e.Field]));
}
