namespace SalesCrm.Web.Data;

/// <summary><c>Database:Provider</c> is Sqlite (default, a file under App_Data) or SqlServer (needs <c>Database:ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
}
