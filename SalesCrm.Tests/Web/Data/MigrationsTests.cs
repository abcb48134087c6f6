using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Targets;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Events;

namespace SalesCrm.Tests.Web.Data;

/// <summary>Each provider keeps its own migrations; both must describe the current model, and SQL Server's script must be valid T-SQL.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public async Task SqliteMigrations_DoNotLagTheModel()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.CreateContext();

        AssertMigrationsMatchTheModel(context);
    }

    [Fact]
    public void SqlServerMigrations_DoNotLagTheModel()
    {
        using var context = SqlServerContext();

        AssertMigrationsMatchTheModel(context);
    }

    [Fact]
    public async Task SqliteMigrations_AllApplyToAnEmptyDatabase()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.CreateContext();

        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void SqlServerIdempotentScript_ParsesAsTSql()
    {
        using var context = SqlServerContext();
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        using var reader = new StringReader(script);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
    }

    [Fact]
    public void SqlServerIdempotentScript_GuardsEveryMigrationByItsId()
    {
        using var context = SqlServerContext();
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.All(context.Database.GetMigrations(), id =>
            Assert.Contains($"WHERE [MigrationId] = N'{id}'", script, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KPI1_CollectorsCollectionTargets_BecomeCollectionTargetsOfTheOneTargetModel_WithTheirAmountsAndMonths()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var context = new SqliteCrmDbContext(
            new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite(connection).Options, TestContactKey.Protector, TimeProvider.System, DomainEventDispatcher.WithoutHandlers);
        var migrator = context.GetService<IMigrator>();
        var before = context.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_SalesTargets", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(before);
        var (collector, region) = (Guid.NewGuid(), Guid.NewGuid());
        await context.Database.ExecuteSqlAsync($"INSERT INTO Regions (Id, Name, Version) VALUES ({region}, 'East', {Guid.NewGuid()})");
        await context.Database.ExecuteSqlAsync($"""
            INSERT INTO AspNetUsers (Id, DisplayName, Role, RegionId, IsDisabled, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
            VALUES ({collector}, 'Collector', 'Collector', {region}, 0, 1, 0, 0, 0, 0)
            """);
        await context.Database.ExecuteSqlAsync($"""
            INSERT INTO CollectionTargets (Id, CollectorId, Month, Amount, Currency, SetById, SetAt, Version)
            VALUES ({Guid.NewGuid()}, {collector}, '2026-03-01', 500000.50, 'CNY', {collector}, 0, {Guid.NewGuid()})
            """);

        await migrator.MigrateAsync();

        var target = await context.SalesTargets.AsNoTracking().SingleAsync();
        Assert.Equal(
            (TargetKind.Collections, TargetScope.Person, collector, Period.Month(2026, 3), 500_000.50m),
            (target.Kind, target.Scope, target.ScopeId, target.Period, target.Amount));
    }

    /// <summary>What <c>dotnet ef migrations add</c> compares: the last migration's snapshot against the design-time model.</summary>
    private static void AssertMigrationsMatchTheModel(DbContext context)
    {
        var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot?.Model
            ?? throw new InvalidOperationException($"{context.GetType().Name} has no model snapshot.");
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        snapshot = context.GetService<IModelRuntimeInitializer>().Initialize(snapshot, designTime: true, validationLogger: null);
        var differ = context.GetService<IMigrationsModelDiffer>();
        var current = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();

        Assert.False(
            differ.HasDifferences(snapshot.GetRelationalModel(), current),
            "Add a migration; pending: " + string.Join(", ", differ.GetDifferences(snapshot.GetRelationalModel(), current).Select(o => o.GetType().Name)));
    }

    /// <summary>Nothing connects: the model, the differ and the script generator work offline.</summary>
    private static SqlServerCrmDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerCrmDbContext>().UseSqlServer("Server=unused.invalid;Database=SalesCrm;Integrated Security=false").Options,
            TestContactKey.Protector, TimeProvider.System, DomainEventDispatcher.WithoutHandlers);
}
