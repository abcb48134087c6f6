using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Data.Events;

/// <summary>How handlers load the record an event names: from the save's own context first (it may have been added in this save).</summary>
public static class EventRecords
{
    public static async Task<T> RequireAsync<T>(this DbSet<T> set, Guid id, CancellationToken cancellationToken)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(set);
        return await set.FindAsync([id], cancellationToken)
            ?? throw new InvalidOperationException($"The {typeof(T).Name} {id} an event names is not there.");
    }
}
