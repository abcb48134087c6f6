using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>A part on the split editor: its label, its cell and the target it has now.</summary>
public sealed record SplitRow(string Label, TargetCell Cell, decimal? Current);
