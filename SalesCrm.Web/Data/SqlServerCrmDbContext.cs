using Microsoft.EntityFrameworkCore;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data;

/// <summary>The production provider; migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerCrmDbContext(DbContextOptions<SqlServerCrmDbContext> options, ContactProtector protector, TimeProvider time)
    : CrmDbContext(options, protector, time);
