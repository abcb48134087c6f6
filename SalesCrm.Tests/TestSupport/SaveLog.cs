using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCrm.Tests.TestSupport;

/// <summary>Records, for every SaveChanges, the type and state of each entity it is about to write.</summary>
public sealed class SaveLog : SaveChangesInterceptor
{
    private readonly List<IReadOnlyList<(Type Type, EntityState State)>> _saves = [];

    public IReadOnlyList<IReadOnlyList<(Type Type, EntityState State)>> Saves => _saves;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _saves.Add(eventData.Context!.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity.GetType(), e.State))
            .ToList());
        return ValueTask.FromResult(result);
    }

    public void Clear() => _saves.Clear();
}
