using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// The app's migrations applied once per test run to an in-memory database that lives as long as the process; each
/// <see cref="TestDatabase"/> starts as a page-by-page copy of it (SQLite's backup API), so a test pays for a copy of a
/// few hundred kilobytes instead of replaying every migration. The copy is a whole database, its migrations history
/// included, so a test may still migrate it down and up again.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly Lazy<Task<SqliteConnection>> Template = new(BuildAsync);

    // One connection is not safe to use from two threads, and test classes run in parallel.
    private static readonly SemaphoreSlim OneCopyAtATime = new(1, 1);

    /// <summary>Replaces everything in <paramref name="destination"/> (open) with the migrated schema.</summary>
    public static async Task CopyIntoAsync(SqliteConnection destination)
    {
        var template = await Template.Value;
        await OneCopyAtATime.WaitAsync();
        try
        {
            template.BackupDatabase(destination);
        }
        finally
        {
            OneCopyAtATime.Release();
        }
    }

    /// <summary>Without a test's interceptors: those watch that test's database, not the schema every test shares.</summary>
    private static async Task<SqliteConnection> BuildAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite(connection).Options;
        await using var context = new SqliteCrmDbContext(options, TestContactKey.Protector, new FakeTimeProvider(TestDatabase.Start), DomainEventDispatcher.WithoutHandlers);
        await context.Database.MigrateAsync();
        return connection;
    }
}
