namespace SalesCrm.Web.Features.Performance;

/// <summary>A region on the target plan, with the people its targets split into and whether the user splits them.</summary>
public sealed record PlanRegion(Guid Id, string Name, IReadOnlyList<PlanPerson> People, bool CanSplit, bool CanSetYear);
