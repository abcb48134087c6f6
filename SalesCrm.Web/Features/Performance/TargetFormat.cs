using System.Globalization;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>A target or figure as shown: yuan for the money kinds, a count of customers otherwise; "—" for none.</summary>
public static class TargetFormat
{
    public static string Of(TargetKind kind, decimal? value) => value is not { } v ? "—"
        : kind == TargetKind.NewValidCustomers ? v.ToString("N0", CultureInfo.CurrentCulture) : new Money(v, Money.DefaultCurrency).ToString();
}
