namespace SalesCrm.Domain.Common;

/// <summary>
/// A consistency boundary. <see cref="Version"/> is the optimistic concurrency token: the persistence layer renews
/// it on every save of the aggregate (or of one of its children), so a save based on a stale copy is refused.
/// A GUID works the same on SQLite and SQL Server, unlike <c>rowversion</c>.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public Guid Version { get; private set; } = Guid.NewGuid();
}
