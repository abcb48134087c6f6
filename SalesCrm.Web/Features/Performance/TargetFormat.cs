using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>A target or figure as shown: whole yuan for the money kinds, a count of customers otherwise; "—" for none.</summary>
public static class TargetFormat
{
    public static string Of(TargetKind kind, decimal? value) => value is not { } v ? "—"
        : kind == TargetKind.NewValidCustomers ? PerformanceFormat.Number(v) : PerformanceFormat.Amount(v);
}
