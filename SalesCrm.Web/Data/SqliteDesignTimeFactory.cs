using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data;

/// <summary>For <c>dotnet ef</c>: the model shape does not depend on the key, so a throw-away key is used, and no event handlers (it never saves).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCrmDbContext>
{
    public SqliteCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite("Data Source=design.db").Options,
            new ContactProtector(ContactProtector.NewKey()), TimeProvider.System, DomainEventDispatcher.WithoutHandlers);
}
