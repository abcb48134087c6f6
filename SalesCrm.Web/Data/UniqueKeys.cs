using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SalesCrm.Web.Data;

/// <summary>Recognises a unique-index violation on either provider (OWN-4 relies on the database refusing the second claim).</summary>
public static class UniqueKeys
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqlServerDuplicateKey = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public static bool IsViolation(DbUpdateException exception) => exception?.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        SqlException sql => sql.Number is SqlServerDuplicateKey or SqlServerUniqueConstraint,
        _ => false,
    };
}
