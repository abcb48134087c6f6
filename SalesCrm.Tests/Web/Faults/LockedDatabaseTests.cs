using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using Xunit.Abstractions;

namespace SalesCrm.Tests.Web.Faults;

/// <summary>
/// Fault drill on the app as configured: while another process holds the SQLite file locked, a save fails after the
/// busy timeout (5 s) instead of hanging, nothing of it is written, and once the lock is gone the same app saves again.
/// </summary>
public sealed class LockedDatabaseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ASaveWhileTheDatabaseIsLocked_FailsWithinTheBusyTimeout_AndTheAppSavesAgainOnceItIsFree()
    {
        await using var app = new CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false" });
        _ = app.Services;
        var factory = app.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        await using (var probe = await factory.CreateDbContextAsync())
        {
            Assert.Equal(5, probe.Database.GetCommandTimeout());
        }

        await using var other = new SqliteConnection(ConnectionStringOf(app));
        await other.OpenAsync();
        await using (var lockIt = other.CreateCommand())
        {
            lockIt.CommandText = "BEGIN EXCLUSIVE;";
            await lockIt.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => SaveRegionAsync(factory, "Locked"));
        var locked = failure as SqliteException ?? failure.InnerException as SqliteException;
        output.WriteLine($"locked save failed after {clock.Elapsed.TotalSeconds:F1} s: {locked?.Message}");
        Assert.Equal(5, locked?.SqliteErrorCode);

        await using (var unlock = other.CreateCommand())
        {
            unlock.CommandText = "ROLLBACK;";
            await unlock.ExecuteNonQueryAsync();
        }

        clock.Restart();
        await SaveRegionAsync(factory, "Free again");
        output.WriteLine($"saved again {clock.Elapsed.TotalMilliseconds:F0} ms after the lock was released");
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(["Free again"], await db.Regions.Where(r => r.Name == "Locked" || r.Name == "Free again").Select(r => r.Name).ToListAsync());
    }

    private static async Task SaveRegionAsync(IDbContextFactory<CrmDbContext> factory, string name)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Actor = AuditActor.System;
        db.Regions.Add(Region.Create(name));
        await db.SaveChangesAsync();
    }

    private static string ConnectionStringOf(CrmAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CrmDbContext>().Database.GetConnectionString()!;
    }
}
