using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
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
    public async Task OwnershipLedgerMigration_GivesCustomersRegisteredBeforeIt_TheirFirstContactLine_OWN1()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var migrator = database.CreateContext().GetService<IMigrator>();
        await migrator.MigrateAsync("Initial");
        var east = await new OrganisationBuilder(database).RegionAsync("East");
        var rep = await new OrganisationBuilder(database).UserAsync(CrmRole.SalesRep, east);
        // Written as the schema of that time has it, not through today's model.
        var customerId = Guid.NewGuid();
        var firstContact = database.Time.GetUtcNow();
        await using (var before = database.CreateContext())
        {
            await before.Database.ExecuteSqlAsync($"""
                INSERT INTO Customers (Id, Name, NameKey, Status, Settlement, Credit, RegionId, OwnerId, FirstContactAt, Version)
                VALUES ({customerId}, 'Acme', 'acme', 'Prospect', 'Monthly', 'Normal', {rep.RegionId}, {rep.Id}, {firstContact.UtcTicks}, {Guid.NewGuid()})
                """);
        }

        await migrator.MigrateAsync();

        await using var context = database.CreateContext();
        var line = await context.OwnershipLedger.SingleAsync();
        Assert.Equal((customerId, rep.Id, OwnershipChange.FirstContact, firstContact), (line.CustomerId, line.OwnerId, line.Change, line.At));
        Assert.NotEqual(Guid.Empty, line.Id);
    }

    [Fact]
    public async Task OwnershipPoolMigration_StartsEachOwnersDaysAtTheLatestLedgerLine_OWN6()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var migrator = database.CreateContext().GetService<IMigrator>();
        await migrator.MigrateAsync("Initial");
        var east = await new OrganisationBuilder(database).RegionAsync("East");
        var rep = await new OrganisationBuilder(database).UserAsync(CrmRole.SalesRep, east);
        var (kept, transferred) = (Guid.NewGuid(), Guid.NewGuid());
        var firstContact = database.Time.GetUtcNow();
        var transferredAt = firstContact.AddDays(40);
        await using (var before = database.CreateContext())
        {
            foreach (var (id, name) in new[] { (kept, "Acme"), (transferred, "Globex") })
            {
                await before.Database.ExecuteSqlAsync($"""
                    INSERT INTO Customers (Id, Name, NameKey, Status, Settlement, Credit, RegionId, OwnerId, FirstContactAt, Version)
                    VALUES ({id}, {name}, {name.ToLowerInvariant()}, 'Prospect', 'Monthly', 'Normal', {rep.RegionId}, {rep.Id}, {firstContact.UtcTicks}, {Guid.NewGuid()})
                    """);
            }
        }

        await migrator.MigrateAsync("OwnershipDisputes");
        await using (var between = database.CreateContext())
        {
            await between.Database.ExecuteSqlAsync($"""
                INSERT INTO OwnershipLedger (Id, CustomerId, OwnerId, PreviousOwnerId, Change, At, DecidedById, Reason)
                VALUES ({Guid.NewGuid()}, {transferred}, {rep.Id}, {rep.Id}, 'Transfer', {transferredAt.UtcTicks}, {rep.Id}, 'Rebalanced')
                """);
        }

        await migrator.MigrateAsync();

        await using var context = database.CreateContext();
        var last = await context.Customers.ToDictionaryAsync(c => c.Id, c => (c.LastContactAt, c.PooledAt));
        Assert.Equal((firstContact, (DateTimeOffset?)null), last[kept]);
        Assert.Equal((transferredAt, (DateTimeOffset?)null), last[transferred]);
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
