using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.TestSupport;

/// <summary>Regions and users (any role, any region) saved at once in a <see cref="TestDatabase"/>. Users have no password.</summary>
public sealed class OrganisationBuilder(TestDatabase database)
{
    private int _users;

    public async Task<Region> RegionAsync(string name)
    {
        var region = Region.Create(name);
        await using var db = database.CreateContext();
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        return region;
    }

    /// <summary>A sales manager appointed as <paramref name="region"/>'s manager (the one who hears of its collisions and leads).</summary>
    public async Task<CrmUser> AppointedManagerAsync(Region region, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        var manager = await UserAsync(CrmRole.SalesManager, region, displayName);
        await using var db = database.CreateContext();
        var tracked = await db.Regions.FindAsync(region.Id);
        tracked!.AppointSalesManager(manager.Id);
        await db.SaveChangesAsync();
        return manager;
    }

    public async Task<CrmUser> UserAsync(CrmRole role, Region region, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        var email = $"{role.ToString().ToUpperInvariant()}.{++_users}@test.salescrm".ToLowerInvariant();
        var user = new CrmUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = displayName ?? $"{role} {_users}",
            Role = role,
            RegionId = region.Id,
        };
        await using var db = database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
