using Microsoft.EntityFrameworkCore;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Web.Data;

/// <summary>Every test's database is a copy of one migrated template; a copy must behave like a database the app migrated itself.</summary>
public sealed class TestDatabaseTests
{
    [Fact]
    public async Task ACopy_HasEveryMigrationApplied_OnDiskAsInMemory()
    {
        await using var inMemory = await TestDatabase.InMemoryAsync();
        await using var onDisk = await TestDatabase.OnDiskAsync();

        foreach (var database in new[] { inMemory, onDisk })
        {
            await using var context = database.CreateContext();
            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        }
    }

    [Fact]
    public async Task WhatOneTestWrites_IsNotInTheNextTestsCopy()
    {
        await using var first = await TestDatabase.InMemoryAsync();
        await new OrganisationBuilder(first).RegionAsync("East");

        await using var second = await TestDatabase.InMemoryAsync();

        await using var context = second.CreateContext();
        Assert.False(await context.Regions.AnyAsync());
    }

    [Fact]
    public async Task AFileCopy_IsInWalMode_AsTheFileEfCreatesForTheApp()
    {
        await using var database = await TestDatabase.OnDiskAsync();
        await using var context = database.CreateContext();

        var mode = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();

        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task AFileCopy_IsDeletedOnDispose()
    {
        var database = await TestDatabase.OnDiskAsync();
        await new OrganisationBuilder(database).RegionAsync("East");

        await database.DisposeAsync();

        Assert.False(File.Exists(database.FilePath));
    }
}
