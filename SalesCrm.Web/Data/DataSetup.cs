using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data;

public static class DataSetup
{
    /// <summary>Registers the configured provider's context factory, the neutral factory services use, and the SEC-4 key.</summary>
    public static WebApplicationBuilder AddCrmData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var appData = Path.Combine(builder.Environment.ContentRootPath, "App_Data");

        var protection = builder.Configuration.GetSection(ContactProtectionOptions.Section).Get<ContactProtectionOptions>() ?? new ContactProtectionOptions();
        var key = ContactKeyLoader.Load(protection, builder.Environment, Path.Combine(appData, "keys", "contact-protection.key"));
        var protector = new ContactProtector(key);
        builder.Services.AddSingleton(protector);
        builder.Services.AddSingleton<ContactMatchKeys>();

        // Sign-in cookies survive a restart and every server shares them: the Data Protection key ring is kept in the
        // database, each key encrypted with the contact key (SEC-4), which is not there, so a copy of the database alone
        // cannot forge a cookie.
        builder.Services.AddDataProtection()
            .SetApplicationName("SalesCrm")
            .PersistKeysToDbContext<CrmDbContext>();
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new KeyRingXmlEncryptor(protector));

        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = options.ConnectionString ?? throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                    ["Database:Provider is SqlServer but Database:ConnectionString is empty."]);
                builder.Services.AddDbContextFactory<SqlServerCrmDbContext>(o => o.UseSqlServer(sqlServer));
                builder.Services.AddSingleton<IDbContextFactory<CrmDbContext>, CrmDbContextFactory<SqlServerCrmDbContext>>();
                break;
            default:
                Directory.CreateDirectory(appData);
                var sqlite = options.ConnectionString ?? $"Data Source={Path.Combine(appData, "salescrm.db")}";
                var fileGuard = new SqliteFileGuard(sqlite);
                builder.Services.AddDbContextFactory<SqliteCrmDbContext>(o => o
                    .UseSqlite(sqlite, s => s.CommandTimeout(options.SqliteBusyTimeoutSeconds))
                    .AddInterceptors(fileGuard));
                builder.Services.AddSingleton<IDbContextFactory<CrmDbContext>, CrmDbContextFactory<SqliteCrmDbContext>>();
                break;
        }

        // Identity's stores need a scoped context; everything else creates one per operation from the factory.
        builder.Services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContext());
        return builder;
    }
}
