namespace SalesCrm.Domain.Targets;

/// <summary>KPI-1: one action of an improvement plan, due by a day, tracked to done.</summary>
public sealed record ImprovementStep(string Action, DateOnly DueOn, DateTimeOffset? DoneAt = null)
{
    public const int ActionMaxLength = 500;

    public bool IsDone => DoneAt is not null;
}
