using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>KPI-1: whose target, for which period — one cell of the target plan (of one kind).</summary>
public sealed record TargetCell(TargetScope Scope, Guid ScopeId, Period Period)
{
    public static TargetCell Company(Period period) => new(TargetScope.Company, Guid.Empty, period);
}
