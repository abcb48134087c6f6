namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-1: how a target is split: in equal parts, in proportion to weights, or typed part by part.</summary>
public enum SplitMode
{
    Evenly = 1,
    ByWeights = 2,
    ByHand = 3,
}
