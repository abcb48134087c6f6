using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>One part of a split as typed: null when left empty.</summary>
public sealed record TargetPart(TargetCell Cell, decimal? Amount);
