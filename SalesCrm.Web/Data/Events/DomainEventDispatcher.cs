using System.Collections.Concurrent;
using System.Reflection;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Data.Events;

/// <summary>
/// Hands each domain event to every <see cref="IHandles{TEvent}"/> registered for its type, in registration
/// order. <see cref="CrmDbContext"/> calls it before it commits, so handlers' changes are saved with their cause.
/// An event nobody handles is dropped, as in any publish/subscribe.
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly MethodInfo DispatchTyped = typeof(DomainEventDispatcher).GetMethod(nameof(DispatchAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly ConcurrentDictionary<Type, MethodInfo> ByEventType = new();

    /// <summary>For contexts whose saves have no consequences to follow: <c>dotnet ef</c> (never saves), the benchmarks (seed customers only), the tests' schema template.</summary>
    public static DomainEventDispatcher WithoutHandlers { get; } = new(EmptyServices.Instance);

    public Task DispatchAsync(DomainEvent domainEvent, CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var method = ByEventType.GetOrAdd(domainEvent.GetType(), type => DispatchTyped.MakeGenericMethod(type));
        return (Task)method.Invoke(this, [domainEvent, db, cancellationToken])!;
    }

    /// <summary>After a commit: every <see cref="ICommitObserver"/> hears which records the save added.</summary>
    public void Committed(IReadOnlyList<object> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0 || services.GetService(typeof(IEnumerable<ICommitObserver>)) is not IEnumerable<ICommitObserver> observers)
        {
            return;
        }

        foreach (var observer in observers)
        {
            observer.Committed(added);
        }
    }

    private async Task DispatchAsync<TEvent>(TEvent domainEvent, CrmDbContext db, CancellationToken cancellationToken)
        where TEvent : DomainEvent
    {
        if (services.GetService(typeof(IEnumerable<IHandles<TEvent>>)) is not IEnumerable<IHandles<TEvent>> handlers)
        {
            return;
        }

        foreach (var handler in handlers)
        {
            await handler.HandleAsync(domainEvent, db, cancellationToken);
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
