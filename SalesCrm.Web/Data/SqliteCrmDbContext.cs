using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data;

/// <summary>The embedded default provider; migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options, ContactProtector protector, TimeProvider time, DomainEventDispatcher events)
    : CrmDbContext(options, protector, time, events)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so sorting and range queries run in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
