using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCrm.Web.Data;

/// <summary>
/// Issue 17 §8, the database file removed: a pooled SQLite connection keeps the removed file open, so without this the
/// app would go on reading and writing a file no backup or restore can see, and a restored file would be ignored until
/// a restart. Once the file has existed, every open checks it is still there; if not, the pool is emptied and the
/// operation fails at once (the page shows its error, /health turns unhealthy), the removed file's write-ahead log is
/// dropped, and the first open after the file is back (restored from a backup) reads the restored file as it is. Before the file first exists, opens pass, so the first
/// start can create it.
/// </summary>
public sealed class SqliteFileGuard(string connectionString) : DbConnectionInterceptor
{
    /// <summary>SQLITE_CANTOPEN, what SQLite itself reports for a file it cannot open.</summary>
    private const int CannotOpen = 14;

    private readonly string? _file = FileOf(connectionString);
    private volatile bool _existed;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check();
        return ValueTask.FromResult(result);
    }

    private void Check()
    {
        if (_file is null)
        {
            return;
        }

        if (File.Exists(_file))
        {
            _existed = true;
            return;
        }

        if (_existed)
        {
            // Every pool: the connection about to open is not in one yet, so ClearPool(connection) would miss them.
            SqliteConnection.ClearAllPools();

            // The write-ahead log and its index belong to the removed file; left beside a restored backup, SQLite would
            // replay the removed database's last transactions into it.
            File.Delete(_file + "-wal");
            File.Delete(_file + "-shm");
            throw new SqliteException($"The database file {_file} is missing.", CannotOpen);
        }
    }

    /// <summary>The database file, or null for an in-memory database.</summary>
    private static string? FileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(source);
    }
}
