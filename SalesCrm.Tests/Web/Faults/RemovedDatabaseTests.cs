using System.Diagnostics;
using System.Net;
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
/// Fault drill on the app as configured: the SQLite file is removed while the app runs, then restored from a backup.
/// While it is gone nothing is written anywhere (a pooled connection would otherwise go on writing the removed file, and
/// its write-ahead log would be replayed into the restored one) and
/// /health says so; once the backup is back the same app serves it, without a restart.
/// </summary>
public sealed class RemovedDatabaseTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"salescrm-backup-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(_backup);

    [Fact]
    public async Task WhileTheDatabaseFileIsRemoved_SavesFailAtOnceAndHealthIsUnhealthy_AndTheRestoredBackupIsServedWithoutARestart()
    {
        await using var app = new CrmAppFactory(Environments.Development, new Dictionary<string, string?> { ["Bootstrap:DemoData"] = "false" });
        using var http = app.CreateClient();
        var factory = app.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        var file = DatabaseFileOf(app);
        await SaveRegionAsync(factory, "Before the backup");
        await BackUpAsync(file);
        await SaveRegionAsync(factory, "After the backup");

        File.Delete(file);
        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => SaveRegionAsync(factory, "Into the void"));
        output.WriteLine($"save with the file removed failed after {clock.Elapsed.TotalMilliseconds:F0} ms: {failure.Message}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        File.Copy(_backup, file);
        clock.Restart();
        await SaveRegionAsync(factory, "Restored");
        output.WriteLine($"saved {clock.Elapsed.TotalMilliseconds:F0} ms after the backup was restored");

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(["Before the backup", "Restored"], await db.Regions.OrderBy(r => r.Name == "Restored").Select(r => r.Name).ToListAsync());
    }

    private async Task BackUpAsync(string file)
    {
        await using var source = new SqliteConnection($"Data Source={file};Pooling=False");
        await using var backup = new SqliteConnection($"Data Source={_backup};Pooling=False");
        await source.OpenAsync();
        await backup.OpenAsync();
        source.BackupDatabase(backup);
    }

    private static async Task SaveRegionAsync(IDbContextFactory<CrmDbContext> factory, string name)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Actor = AuditActor.System;
        db.Regions.Add(Region.Create(name));
        await db.SaveChangesAsync();
    }

    private static string DatabaseFileOf(CrmAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return new SqliteConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<CrmDbContext>().Database.GetConnectionString()).DataSource;
    }
}
