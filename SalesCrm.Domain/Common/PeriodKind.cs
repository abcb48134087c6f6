namespace SalesCrm.Domain.Common;

/// <summary>KPI-1: the periods targets are set for and figures are counted in; each is a span of company days (CAL-1).</summary>
public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
}
