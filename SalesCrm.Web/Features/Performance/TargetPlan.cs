using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-1: one kind's targets of a year as the user may see them, rolled up; and what the user may set.</summary>
public sealed record TargetPlan(TargetKind Kind, int Year, IReadOnlyList<PlanRegion> Regions, TargetRollUp RollUp, bool CanSetCompany)
{
    public Period YearPeriod => Period.OfYear(Year);

    /// <summary>How far the parts under <paramref name="parent"/> that are set differ from its target (0 when they add up or none is set).</summary>
    public decimal Mismatch(TargetCell parent, IEnumerable<TargetCell> parts)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var set = parts.Where(RollUp.IsSet).ToList();
        return set.Count == 0 || RollUp.For(parent) is not { } target ? 0m : TargetSplit.Difference(target, set.Select(p => RollUp.For(p)!.Value));
    }
}
