namespace SalesCrm.Web.Data;

/// <summary><c>Database:Provider</c> is Sqlite (default, a file under App_Data) or SqlServer (needs <c>Database:ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite: how long a command waits for a lock another connection holds before it fails (Microsoft.Data.Sqlite's
    /// command timeout is its busy timeout). Short, so a locked database gives the user a message in seconds rather
    /// than a page that hangs for half a minute; a query that runs long is not cut off by it.
    /// </summary>
    public int SqliteBusyTimeoutSeconds { get; set; } = 5;
}
