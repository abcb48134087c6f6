using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using SalesCrm.Domain.Common;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Calendar;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// A real SQLite database for one test, a copy of the schema the app's migrations build (<see cref="MigratedTemplate"/>):
/// in memory on a kept-open connection (fast), or in a temporary file when a test needs several connections at once or
/// the bytes on disk. Owns the test's clock and the services of the users it signs in.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Where every test's clock starts: a Monday morning, UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly SqliteConnection? _keptOpen;
    private readonly string _connectionString;
    private readonly DbContextOptions<SqliteCrmDbContext> _options;
    private readonly DomainEventDispatcher _events;
    private CrmServices? _services;

    private TestDatabase(string connectionString, IInterceptor[] interceptors, string? filePath)
    {
        FilePath = filePath;
        _connectionString = connectionString;
        var builder = new DbContextOptionsBuilder<SqliteCrmDbContext>();
        if (filePath is null)
        {
            _keptOpen = new SqliteConnection(connectionString);
            _keptOpen.Open();
            builder.UseSqlite(_keptOpen);
        }
        else
        {
            builder.UseSqlite(connectionString);
        }

        _options = builder.AddInterceptors(interceptors).Options;
        Factory = new ContextFactory(this);
        MatchKeys = new ContactMatchKeys(Protector);
        _events = new DomainEventDispatcher(new HandlerServices(this));
    }

    public IDbContextFactory<CrmDbContext> Factory { get; }

    public ContactProtector Protector { get; } = TestContactKey.Protector;

    public ContactMatchKeys MatchKeys { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>CAL-1: the company calendar the services see, the app's default (Asia/Shanghai).</summary>
    public CompanyCalendar Calendar { get; } = Company.Calendar;

    /// <summary>The pool policy (OWN-6) the services see; off by default, as in the app. Tests switch it on.</summary>
    public SalesCrm.Web.Features.Ownership.PoolOptions Pool { get; } = new();

    /// <summary>The database file, or null for an in-memory database.</summary>
    public string? FilePath { get; }

    public static Task<TestDatabase> InMemoryAsync(params IInterceptor[] interceptors) =>
        FromTemplateAsync(new TestDatabase("Data Source=:memory:", interceptors, filePath: null));

    /// <summary>A temporary file without connection pooling, so closing every context releases the file.</summary>
    public static Task<TestDatabase> OnDiskAsync(params IInterceptor[] interceptors)
    {
        var path = Path.Combine(Path.GetTempPath(), $"salescrm-test-{Guid.NewGuid():N}.db");
        return FromTemplateAsync(new TestDatabase($"Data Source={path};Pooling=False", interceptors, path));
    }

    /// <summary>A context for arranging and checking data; saves are attributed to <paramref name="actor"/> (default: system).</summary>
    public CrmDbContext CreateContext(AuditActor? actor = null)
    {
        var context = new SqliteCrmDbContext(_options, Protector, Time, _events);
        context.Actor = actor ?? AuditActor.System;
        return context;
    }

    /// <summary>The app's services as <paramref name="user"/>'s circuit would get them.</summary>
    public UserSession SignIn(CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Services.SignIn(TestPrincipals.For(user));
    }

    private CrmServices Services => _services ??= new CrmServices(this);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_keptOpen is not null)
        {
            await _keptOpen.DisposeAsync();
        }

        if (FilePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm", FilePath + "-journal" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<TestDatabase> FromTemplateAsync(TestDatabase database)
    {
        if (database._keptOpen is not null)
        {
            await MigratedTemplate.CopyIntoAsync(database._keptOpen);
            return database;
        }

        await using var file = new SqliteConnection(database._connectionString);
        await file.OpenAsync();
        await MigratedTemplate.CopyIntoAsync(file);
        // The copied file is in rollback-journal mode (an in-memory template has no WAL to copy), but EF creates a new
        // database file in WAL, where readers do not block the writer, and the concurrency tests rely on that. The mode is
        // stored in the file, so every later connection gets it.
        await using var wal = file.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = 'wal';";
        await wal.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>The event handlers every context of this database runs, as the app registers them.</summary>
    private sealed class HandlerServices(TestDatabase database) : IServiceProvider
    {
        public object? GetService(Type serviceType) => database.Services.Root.GetService(serviceType);
    }

    private sealed class ContextFactory(TestDatabase database) : IDbContextFactory<CrmDbContext>
    {
        public CrmDbContext CreateDbContext()
        {
            var context = database.CreateContext();
            context.Actor = null;
            return context;
        }
    }
}
