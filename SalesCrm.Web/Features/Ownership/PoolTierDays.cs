namespace SalesCrm.Web.Features.Ownership;

/// <summary>OWN-6: days without contact per grade; null follows <see cref="PoolOptions.DaysWithoutContact"/>, 0 is never.</summary>
public sealed class PoolTierDays
{
    public int? A { get; set; }

    public int? B { get; set; }

    public int? C { get; set; }
}
