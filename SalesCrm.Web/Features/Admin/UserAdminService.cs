using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Admin;

/// <summary>
/// Users and regions, for administrators only. Each command runs in its own scope (UserManager and its context live
/// no longer than the command). Changing a user's role, region or status renews their security stamp, so open tabs
/// and cookies pick it up at the next revalidation (under a minute).
/// </summary>
public sealed class UserAdminService(
    IServiceScopeFactory scopes,
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    ILogger<UserAdminService> logger)
{
    public async Task<PagedResult<UserRow>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await RequireAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var term = request.Search.Trim();
            query = query.Where(u => u.DisplayName.Contains(term) || u.Email!.Contains(term));
        }

        var now = time.GetUtcNow();
        var total = await query.CountAsync(cancellationToken);
        var users = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Skip(request.Skip).Take(request.Take)
            .Join(db.Regions, u => u.RegionId, r => r.Id, (u, r) => new { u, Region = r.Name })
            .Select(x => new { x.u, x.Region, Waits = db.UserClaims.Any(c => c.UserId == x.u.Id && c.ClaimType == AccessRequests.ClaimType) })
            .ToListAsync(cancellationToken);
        return new PagedResult<UserRow>(
            users.Select(x => new UserRow(x.u.Id, x.u.Email ?? string.Empty, x.u.DisplayName, x.u.Role, x.u.RegionId, x.Region, x.u.IsDisabled, x.u.LockoutEnd > now, x.Waits)).ToList(),
            total);
    }

    public async Task<AdminResult> CreateAsync(UserFormModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var admin = await RequireAdminAsync();
        var invalid = Validate(model, creating: true);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var scope = Open(admin, out var users, out var db);
        if (!await db.Regions.AnyAsync(r => r.Id == model.RegionId, cancellationToken))
        {
            return AdminResult.Error(nameof(model.RegionId), "Admin.RegionRequired", "Choose a region.");
        }

        var user = new CrmUser
        {
            UserName = model.Email.Trim(), Email = model.Email.Trim(), EmailConfirmed = true,
            DisplayName = model.DisplayName.Trim(), Role = model.Role, RegionId = model.RegionId,
        };
        var result = await users.CreateAsync(user, model.Password!);
        if (!result.Succeeded)
        {
            return FromIdentity(result);
        }

        logger.UserAdministered(admin.Id, "created", user.Id);
        return AdminResult.Ok(user.Id.ToString());
    }

    public async Task<AdminResult> UpdateAsync(UserFormModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var admin = await RequireAdminAsync();
        var invalid = Validate(model, creating: false);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var scope = Open(admin, out var users, out var db);
        var user = await users.FindByIdAsync(model.Id!.Value.ToString());
        if (user is null)
        {
            return AdminResult.Error(string.Empty, "Admin.UserGone", "This user no longer exists.");
        }

        if (!await db.Regions.AnyAsync(r => r.Id == model.RegionId, cancellationToken))
        {
            return AdminResult.Error(nameof(model.RegionId), "Admin.RegionRequired", "Choose a region.");
        }

        if (user.Id == admin.Id && model.Role != CrmRole.Administrator)
        {
            return AdminResult.Error(nameof(model.Role), "Admin.OwnAdminRole", "You cannot remove your own administrator role.");
        }

        var email = model.Email.Trim();
        var accessChanged = user.Role != model.Role || user.RegionId != model.RegionId || !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase);
        user.Email = email;
        user.UserName = email;
        user.DisplayName = model.DisplayName.Trim();
        user.Role = model.Role;
        user.RegionId = model.RegionId;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && accessChanged)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }

        logger.UserAdministered(admin.Id, "changed", user.Id);
        return result.Succeeded ? AdminResult.Ok() : FromIdentity(result);
    }

    /// <summary>A disabled user cannot sign in and loses open sessions at the next revalidation (under 60 s).</summary>
    public async Task<AdminResult> SetDisabledAsync(Guid userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var admin = await RequireAdminAsync();
        if (userId == admin.Id && disabled)
        {
            return AdminResult.Error(string.Empty, "Admin.OwnAccount", "You cannot disable your own account.");
        }

        await using var scope = Open(admin, out var users, out var db);
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return AdminResult.Error(string.Empty, "Admin.UserGone", "This user no longer exists.");
        }

        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && disabled)
        {
            await AskForSuccessorAsync(db, user, cancellationToken);
        }

        if (result.Succeeded && !disabled)
        {
            await AccessRequests.GrantAsync(users, user);
        }

        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }

        logger.UserAdministered(admin.Id, disabled ? "disabled" : "enabled", user.Id);
        return result.Succeeded ? AdminResult.Ok() : FromIdentity(result);
    }

    /// <summary>
    /// OWN-7: an account closed while it still owns customers: the region's sales manager is asked to hand them over
    /// (OWN-5: only a manager moves customers); until then My day flags them.
    /// </summary>
    private async Task AskForSuccessorAsync(CrmDbContext db, CrmUser leaver, CancellationToken cancellationToken)
    {
        var customers = await db.Customers.CountAsync(c => c.OwnerId == leaver.Id, cancellationToken);
        var manager = await db.Regions.Where(r => r.Id == leaver.RegionId).Select(r => r.SalesManagerId).FirstOrDefaultAsync(cancellationToken);
        if (customers == 0 || manager is not { } managerId || managerId == leaver.Id)
        {
            return;
        }

        db.Notifications.Add(Notification.For(managerId, NotificationKind.LeaverCustomersWaiting, leaver.DisplayName,
            customers.ToString(System.Globalization.CultureInfo.InvariantCulture), "/ownership/hand-over", time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets a new random password, ends the lockout and returns the password for the administrator to hand over.</summary>
    public async Task<AdminResult> ResetPasswordAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var admin = await RequireAdminAsync();
        await using var scope = Open(admin, out var users, out _);
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return AdminResult.Error(string.Empty, "Admin.UserGone", "This user no longer exists.");
        }

        var password = NewPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        logger.UserAdministered(admin.Id, "reset the password of", user.Id);
        return result.Succeeded ? AdminResult.Ok(password) : FromIdentity(result);
    }

    /// <summary>Region names for pickers; every signed-in user may read them.</summary>
    public async Task<IReadOnlyList<RegionRow>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Regions.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RegionRow(
                r.Id,
                r.Name,
                r.SalesManagerId,
                db.Users.Where(u => u.Id == r.SalesManagerId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Users.Count(u => u.RegionId == r.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Active sales managers, who may lead the region they belong to.</summary>
    public async Task<IReadOnlyList<ManagerOption>> ManagerCandidatesAsync(CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Role == CrmRole.SalesManager && !u.IsDisabled).OrderBy(u => u.DisplayName)
            .Select(u => new ManagerOption(u.Id, u.DisplayName, u.RegionId)).ToListAsync(cancellationToken);
    }

    public async Task<AdminResult> SaveRegionAsync(Guid? regionId, string name, Guid? salesManagerId, CancellationToken cancellationToken = default)
    {
        var admin = await RequireAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = new AuditActor(admin.Id, admin.Name);
        var clean = name?.Trim() ?? string.Empty;
        if (await db.Regions.AnyAsync(r => r.Name == clean && r.Id != regionId, cancellationToken))
        {
            return AdminResult.Error("Name", "Admin.RegionExists", "A region with this name exists already.");
        }

        try
        {
            var region = regionId is { } id ? await db.Regions.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : Region.Create(clean);
            if (region is null)
            {
                return AdminResult.Error(string.Empty, "Admin.RegionGone", "This region no longer exists.");
            }

            region.Rename(clean);
            if (salesManagerId is { } managerId)
            {
                var isManager = await db.Users.AnyAsync(u => u.Id == managerId && u.RegionId == region.Id && u.Role == CrmRole.SalesManager && !u.IsDisabled, cancellationToken);
                if (!isManager)
                {
                    return AdminResult.Error("SalesManager", "Admin.ManagerInvalid", "The region's manager must be an active sales manager of this region.");
                }

                region.AppointSalesManager(managerId);
            }

            if (regionId is null)
            {
                db.Regions.Add(region);
            }

            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok(region.Id.ToString());
        }
        catch (DomainException e)
        {
            return AdminResult.Error("Name", e.Code, e.Message);
        }
    }

    private async Task<CurrentUser> RequireAdminAsync()
    {
        var user = await currentUser.RequireAsync();
        if (user.Role != CrmRole.Administrator)
        {
            logger.AccessDenied(user.Id, user.Role, "administer", "users and regions");
            throw new AccessDeniedException("Only administrators manage users and regions.");
        }

        return user;
    }

    private AsyncServiceScope Open(CurrentUser admin, out UserManager<CrmUser> users, out CrmDbContext db)
    {
        var scope = scopes.CreateAsyncScope();
        users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.Actor = new AuditActor(admin.Id, admin.Name);
        return scope;
    }

    private static AdminResult? Validate(UserFormModel model, bool creating)
    {
        if (string.IsNullOrWhiteSpace(model.Email))
        {
            return AdminResult.Error(nameof(model.Email), "Email.Invalid", "Enter an e-mail address like name@company.com.");
        }

        if (Domain.Customers.EmailAddress.Validate(model.Email) is { } badEmail)
        {
            return AdminResult.Error(nameof(model.Email), badEmail.Code, badEmail.Message);
        }

        if (string.IsNullOrWhiteSpace(model.DisplayName) || model.DisplayName.Trim().Length > CrmUser.DisplayNameMaxLength)
        {
            return AdminResult.Error(nameof(model.DisplayName), "Admin.NameInvalid", "Enter a name of at most 100 characters.");
        }

        // Issue 17 §8: the name is shown on every page, list, notification and PDF the user appears in.
        if (Text.Check(model.DisplayName.Trim(), CrmUser.DisplayNameMaxLength) is { } badName)
        {
            return AdminResult.Error(nameof(model.DisplayName), badName.Code, badName.Message);
        }

        if (!Enum.IsDefined(model.Role))
        {
            return AdminResult.Error(nameof(model.Role), "Admin.RoleRequired", "Choose a role.");
        }

        if (!creating && model.Id is null)
        {
            return AdminResult.Error(string.Empty, "Admin.UserGone", "This user no longer exists.");
        }

        return creating && string.IsNullOrEmpty(model.Password) ? AdminResult.Error(nameof(model.Password), "Admin.PasswordRequired", "Enter an initial password.") : null;
    }

    private static AdminResult FromIdentity(IdentityResult result) =>
        new(result.Errors
            .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? nameof(UserFormModel.Password)
                : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserFormModel.Email) : string.Empty)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FieldError>)g.Select(e => new FieldError($"Identity.{e.Code}", e.Description)).ToList()));

    private static string NewPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
        var body = new string(Enumerable.Range(0, 10).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToArray());
        return $"{body}#{RandomNumberGenerator.GetInt32(10, 100)}aZ";
    }
}
