using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Tests.TestSupport;

/// <summary>Accounts in a whole running app (<see cref="CrmAppFactory"/>): a user of a role, in a region of their own, with a password.</summary>
public static class AppAccounts
{
    public const string Password = "Correct#Horse7";

    public static async Task<CrmUser> CreateAsync(IServiceProvider services, CrmRole role = CrmRole.SalesRep, bool disabled = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.Actor = AuditActor.System;
        var region = Region.Create($"Region {Guid.NewGuid():N}");
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var email = $"{role}.{Guid.NewGuid():N}@contoso.example".ToLowerInvariant();
        var user = new CrmUser { UserName = email, Email = email, DisplayName = $"{role} user", Role = role, RegionId = region.Id, IsDisabled = disabled };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>().CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>The cookies the app issues when the user <paramref name="userId"/> signs in, for a request's <c>Cookie</c> header.</summary>
    public static async Task<string> SignInCookieAsync(IServiceProvider services, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CrmUser>>();
        signIn.Context = http;
        var user = await signIn.UserManager.FindByIdAsync(userId.ToString());
        Assert.NotNull(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return string.Join("; ", http.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
    }
}
