using System.ComponentModel.DataAnnotations;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>OWN-6, the company's choice: whether customers nobody looks after go to a shared pool, and after how long.</summary>
public sealed class PoolOptions
{
    public const string Section = "Ownership:Pool";

    /// <summary>Off by default: the regulations do not require a pool; the company switches it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>Days without a logged contact after which the owner loses the customer to the pool.</summary>
    [Range(7, 3650)]
    public int DaysWithoutContact { get; set; } = 90;

    /// <summary>How often the release job looks for customers that are due.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}
