using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-1: an improvement plan as the quarter's review lists it, with what the viewer may do with it.</summary>
public sealed record PlanRow(
    Guid Id, Guid PersonId, string Person, ImprovementPlanStatus Status, string Analysis, IReadOnlyList<ImprovementStep> Steps, string? ReviewComment,
    DateTimeOffset SubmittedAt, bool CanDecide, bool CanChange);
