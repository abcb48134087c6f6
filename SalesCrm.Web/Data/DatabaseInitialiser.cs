using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Data.Seed;

namespace SalesCrm.Web.Data;

public static class DatabaseInitialiser
{
    /// <summary>
    /// Migrates before serving (so /health is green from the first request), unless the database was made by an earlier,
    /// unreleased schema (<see cref="MigrationHistoryCheck"/>); encrypts what an earlier version kept in clear
    /// (<see cref="ClearTextUpgrade"/>) and credits what was signed before the performance figures
    /// (<see cref="SigningCreditBackfill"/>); then seeds the demo or the first administrator.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await ActivatorUtilities.CreateInstance<MigrationHistoryCheck>(services).EnsureKnownAsync();
        await services.GetRequiredService<CrmDbContext>().Database.MigrateAsync();
        await ActivatorUtilities.CreateInstance<ClearTextUpgrade>(services).RunAsync();
        await ActivatorUtilities.CreateInstance<SigningCreditBackfill>(services).RunAsync();

        var demo = services.GetRequiredService<IOptions<BootstrapOptions>>().Value.DemoData ?? app.Environment.IsDevelopment();
        if (demo)
        {
            await ActivatorUtilities.CreateInstance<DemoSeeder>(services).SeedAsync();
        }

        await ActivatorUtilities.CreateInstance<AdminBootstrapper>(services).RunAsync();
    }
}
