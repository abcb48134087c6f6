namespace SalesCrm.Web.Data.Events;

/// <summary>
/// Told after a save has committed, with the records it added — for what must happen only once the change is durable
/// and never inside it (refreshing open pages' badges). Registered as singletons, run in registration order.
/// </summary>
public interface ICommitObserver
{
    void Committed(IReadOnlyList<object> added);
}
