using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Tests.Web.Data;

/// <summary>A database made before the migrations were squashed is refused before migrating, never left half-migrated.</summary>
public sealed class MigrationHistoryCheckTests
{
    private const string BeforeTheSquash = "20261101090000_CustomersBeforeTheSquash";

    [Fact]
    public async Task ADatabaseRecordingAMigrationThisVersionDoesNotHave_IsRefused_SayingWhatToDo()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await RecordUnknownMigrationAsync(database);
        await using var context = database.CreateContext();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Check(context).EnsureKnownAsync());

        Assert.Contains("earlier, unreleased schema", error.Message, StringComparison.Ordinal);
        Assert.Contains(BeforeTheSquash, error.Message, StringComparison.Ordinal);
        Assert.Contains("Delete the App_Data/ folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("Database:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMigratedDatabase_Passes()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.CreateContext();

        await Check(context).EnsureKnownAsync();
    }

    [Fact]
    public async Task AnEmptyDatabase_Passes()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var context = new SqliteCrmDbContext(
            new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite(connection).Options, TestContactKey.Protector, TimeProvider.System, DomainEventDispatcher.WithoutHandlers);

        await Check(context).EnsureKnownAsync();
    }

    [Fact]
    public async Task TheFirstStart_Passes_WithoutCreatingTheFile_SoEfStillCreatesItInWal()
    {
        var path = Path.Combine(Path.GetTempPath(), $"salescrm-new-{Guid.NewGuid():N}.db");
        await using var context = new SqliteCrmDbContext(
            new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options, TestContactKey.Protector, TimeProvider.System, DomainEventDispatcher.WithoutHandlers);

        await Check(context).EnsureKnownAsync();

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task TheApp_StartedOnSuchADatabase_StopsBeforeMigrating_AndLeavesItAsItWas()
    {
        await using var database = await TestDatabase.OnDiskAsync();
        await RecordUnknownMigrationAsync(database);
        var before = await SchemaAsync(database);
        await using var app = new CrmAppFactory(Environments.Development, new Dictionary<string, string?>
        {
            ["Bootstrap:DemoData"] = "false",
            ["Database:ConnectionString"] = $"Data Source={database.FilePath};Pooling=False",
        });

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains(BeforeTheSquash, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SchemaAsync(database));
    }

    private static MigrationHistoryCheck Check(CrmDbContext context) => new(context, NullLogger<MigrationHistoryCheck>.Instance);

    private static async Task RecordUnknownMigrationAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        await context.Database.ExecuteSqlAsync($"""
            INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ({BeforeTheSquash}, '10.0.14')
            """);
    }

    /// <summary>Every table, index and migration the database records.</summary>
    private static async Task<List<string>> SchemaAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.Database.SqlQueryRaw<string>("""
            SELECT type || ' ' || name || ' ' || coalesce(sql, '') AS Value FROM sqlite_master
            UNION ALL SELECT MigrationId FROM __EFMigrationsHistory
            ORDER BY 1
            """).ToListAsync();
    }
}
