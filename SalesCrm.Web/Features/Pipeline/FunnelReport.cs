namespace SalesCrm.Web.Features.Pipeline;

/// <summary>PIPE-3: the funnel of the opportunities opened in a period and each rep's monthly new-customer conversion.</summary>
public sealed record FunnelReport(IReadOnlyList<FunnelStep> Steps, int Lost, IReadOnlyList<RepConversion> Conversions, IReadOnlyList<(int Year, int Month)> Months);
