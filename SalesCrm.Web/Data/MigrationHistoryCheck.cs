using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Data;

/// <summary>
/// Runs before the migrations. The migrations were squashed into one Initial per provider before the schema was ever
/// released, so a database whose history names a migration this build does not have was made by an earlier, unreleased
/// schema. Migrating it would apply Initial onto its existing tables and fail half-way; start-up stops instead, saying
/// what to do.
/// </summary>
internal sealed class MigrationHistoryCheck(CrmDbContext db, ILogger<MigrationHistoryCheck> logger)
{
    public async Task EnsureKnownAsync(CancellationToken cancellationToken = default)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var migrations = string.Join(", ", unknown);
        logger.UnknownMigrations(migrations);
        throw new InvalidOperationException(
            $"The database was made by an earlier, unreleased schema of SalesCrm (it records migrations this version does not have: {migrations}) "
            + "and cannot be upgraded. Delete the App_Data/ folder to start with a new database, or point Database:ConnectionString at a new database.");
    }
}
