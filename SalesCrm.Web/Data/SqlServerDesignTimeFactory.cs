using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data;

/// <summary>For <c>dotnet ef</c>: no server is contacted to add a migration or script one.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCrmDbContext>
{
    public SqlServerCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCrmDbContext>().UseSqlServer("Server=.;Database=SalesCrm;Trusted_Connection=True;TrustServerCertificate=True").Options,
            new ContactProtector(ContactProtector.NewKey()), TimeProvider.System, DomainEventDispatcher.WithoutHandlers);
}
