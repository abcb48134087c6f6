using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Data.Events;

/// <summary>
/// One consequence of <typeparamref name="TEvent"/>, written once, beside the feature whose records it changes. It runs
/// inside the save that recorded the event, on that save's context, before the save commits: it changes tracked records
/// and adds new ones, never saves itself. A refusal (<see cref="DomainException"/>) cancels the whole save.
/// Handlers are singletons: they take what they need per call from <paramref name="db"/>.
/// </summary>
public interface IHandles<in TEvent>
    where TEvent : DomainEvent
{
    Task HandleAsync(TEvent domainEvent, CrmDbContext db, CancellationToken cancellationToken);
}
