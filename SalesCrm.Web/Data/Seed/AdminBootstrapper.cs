using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Data.Seed;

/// <summary>Creates the first administrator from <see cref="BootstrapOptions"/>; there are no default passwords outside Development.</summary>
internal sealed class AdminBootstrapper(CrmDbContext db, UserManager<CrmUser> users, IOptions<BootstrapOptions> options, ILogger<AdminBootstrapper> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(u => u.Role == CrmRole.Administrator, cancellationToken))
        {
            return;
        }

        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AdminEmail) || string.IsNullOrWhiteSpace(settings.AdminPassword))
        {
            logger.NoAdministrator();
            return;
        }

        db.Actor = AuditActor.System;
        var region = await db.Regions.OrderBy(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            region = Region.Create(settings.RegionName);
            db.Regions.Add(region);
            await db.SaveChangesAsync(cancellationToken);
        }

        var admin = new CrmUser
        {
            UserName = settings.AdminEmail, Email = settings.AdminEmail, EmailConfirmed = true,
            DisplayName = settings.AdminEmail, Role = CrmRole.Administrator, RegionId = region.Id,
        };
        var result = await users.CreateAsync(admin, settings.AdminPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the first administrator: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        logger.AdministratorCreated(admin.Id);
    }
}
