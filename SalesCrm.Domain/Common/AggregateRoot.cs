namespace SalesCrm.Domain.Common;

/// <summary>
/// A consistency boundary. <see cref="Version"/> is the optimistic concurrency token: the persistence layer renews
/// it on every save of the aggregate (or of one of its children), so a save based on a stale copy is refused.
/// A GUID works the same on SQLite and SQL Server, unlike <c>rowversion</c>. What happened to it that other records
/// depend on is recorded as <see cref="DomainEvent"/>s until the save takes them.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<DomainEvent> _domainEvents = [];

    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The events recorded since the last call, which forgets them: each is handled once.</summary>
    public IReadOnlyList<DomainEvent> TakeDomainEvents()
    {
        var taken = _domainEvents.ToList();
        _domainEvents.Clear();
        return taken;
    }

    /// <summary>Whether events wait to be handled (a save without its handlers would lose them).</summary>
    public bool HasDomainEvents => _domainEvents.Count > 0;

    protected void Raise(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        _domainEvents.Add(domainEvent);
    }
}
