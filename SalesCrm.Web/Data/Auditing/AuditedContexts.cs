using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Auditing;

/// <summary>SEC-2: a new context whose saves are audited as made by the signed-in user.</summary>
public static class AuditedContexts
{
    public static async Task<CrmDbContext> CreateForAsync(this IDbContextFactory<CrmDbContext> factory, CurrentUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(user);
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Actor = new AuditActor(user.Id, user.Name);
        return db;
    }
}
