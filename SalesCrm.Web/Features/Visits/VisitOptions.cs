using System.ComponentModel.DataAnnotations;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-2's late-entry threshold and TIER-3's visits per quarter.</summary>
public sealed class VisitOptions
{
    public const string Section = "Visits";

    /// <summary>VIS-2 (ours): a record entered more than this many hours after the time it claims is a late entry.</summary>
    [Range(1, 24 * 60)]
    public int LateEntryHours { get; set; } = (int)ContactLog.DefaultLateAfter.TotalHours;

    /// <summary>TIER-3: on-site visits an A-tier customer gets per quarter (004: at least two).</summary>
    [Range(1, 30)]
    public int VisitsPerQuarter { get; set; } = VisitCompliance.DefaultRequiredPerQuarter;

    /// <summary>VIS-4: how often the app plans the month's return visits.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReturnVisitCheckEvery { get; set; } = TimeSpan.FromHours(6);

    public TimeSpan LateAfter => TimeSpan.FromHours(LateEntryHours);
}
