using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Benchmarks;

internal sealed class BenchmarkDbFactory(DbContextOptions<SqliteCrmDbContext> options, ContactProtector protector) : IDbContextFactory<CrmDbContext>
{
    public CrmDbContext CreateDbContext() => new SqliteCrmDbContext(options, protector, TimeProvider.System);
}
