namespace SalesCrm.Domain.Complaints;

/// <summary>SVC-2: an improvement that follows from a root cause, tracked to done — also after the complaint is closed.</summary>
public sealed record ImprovementAction(Guid Id, string Text, Guid OwnerId, DateOnly Deadline, DateTimeOffset? DoneAt = null)
{
    public bool IsDone => DoneAt is not null;
}
