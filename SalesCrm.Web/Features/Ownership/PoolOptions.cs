using System.ComponentModel.DataAnnotations;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// OWN-6, the company's choice: whether customers nobody looks after go to a shared pool, after how long, and the claim
/// rules that keep the pool fair. The pool page shows the rules in force to every rep.
/// </summary>
public sealed class PoolOptions : IValidatableObject
{
    public const string Section = "Ownership:Pool";

    /// <summary>Off by default: the regulations do not require a pool; the company switches it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>Days without a logged contact after which the owner loses the customer to the pool.</summary>
    [Range(7, 3650)]
    public int DaysWithoutContact { get; set; } = 90;

    /// <summary>
    /// Days without contact per grade (TIER-1), when a grade keeps its customers longer or shorter than
    /// <see cref="DaysWithoutContact"/>; 0 means a customer of that grade is never released automatically.
    /// </summary>
    public PoolTierDays TierDays { get; set; } = new();

    /// <summary>How often the release job looks for customers that are due.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A rep claims only from their own region's pool; another region's sales manager claims for them.</summary>
    public bool PerRegion { get; set; } = true;

    /// <summary>How many customers a rep may hold and still claim from the pool; null is no limit.</summary>
    [Range(1, 100_000)]
    public int? HoldingLimit { get; set; }

    /// <summary>Whether customers with a contract signed in the last 12 months are left out of the holding count.</summary>
    public bool HoldingLimitSkipsRecentlySigned { get; set; } = true;

    /// <summary>How many customers a rep may claim from the pool on one company day; null is no limit.</summary>
    [Range(1, 1000)]
    public int? DailyClaimLimit { get; set; }

    /// <summary>Days after a release before the former owner may claim the customer back; 0 is no wait.</summary>
    [Range(0, 3650)]
    public int CoolingOffDays { get; set; } = 30;

    /// <summary>The owner is reminded this many days before a release; 0 is no reminder.</summary>
    [Range(0, 365)]
    public int RemindDaysBefore { get; set; } = 7;

    /// <summary>And again this many days before it (after the first reminder); 0 is no second reminder.</summary>
    [Range(0, 365)]
    public int RemindAgainDaysBefore { get; set; } = 1;

    public PoolClaimRules ClaimRules => new(PerRegion, HoldingLimit, HoldingLimitSkipsRecentlySigned, DailyClaimLimit, CoolingOffDays);

    /// <summary>The days without contact that release a customer of <paramref name="tier"/>, or null when it is never released.</summary>
    public int? DaysFor(Tier tier)
    {
        var days = tier switch
        {
            Tier.A => TierDays.A,
            Tier.B => TierDays.B,
            _ => TierDays.C,
        } ?? DaysWithoutContact;
        return days == 0 ? null : days;
    }

    /// <summary>The reminders in force, farthest first, each once.</summary>
    public IReadOnlyList<int> Reminders => new[] { RemindDaysBefore, RemindAgainDaysBefore }.Where(d => d > 0).Distinct().OrderDescending().ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (tier, days) in new[] { (Tier.A, TierDays.A), (Tier.B, TierDays.B), (Tier.C, TierDays.C) })
        {
            if (days is { } d && d != 0 && d is < 7 or > 3650)
            {
                yield return new ValidationResult($"TierDays:{tier} is 0 (never) or 7–3650 days.", [nameof(TierDays)]);
            }
        }
    }
}
