using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// A fault drill: once armed, the next database command whose SQL contains <c>sqlPart</c> fails as a disk error would
/// (SQLite's I/O error), in the middle of whatever save issued it; or, while <see cref="DatabaseDown"/>, every command
/// does.
/// </summary>
public sealed class CommandFault : DbCommandInterceptor
{
    private string? _sqlPart;

    public int Injected { get; private set; }

    /// <summary>While true, every command fails, as when the database is unreachable.</summary>
    public bool DatabaseDown { get; set; }

    public void FailNext(string sqlPart) => _sqlPart = sqlPart;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Check(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (DatabaseDown || (_sqlPart is { } part && command.CommandText.Contains(part, StringComparison.Ordinal)))
        {
            _sqlPart = null;
            Injected++;
            throw new SqliteException("disk I/O error (injected)", 10);
        }
    }
}
