using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data;

/// <summary>The production provider; migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerCrmDbContext(DbContextOptions<SqlServerCrmDbContext> options, ContactProtector protector, TimeProvider time, DomainEventDispatcher events)
    : CrmDbContext(options, protector, time, events);
