using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// The app's feature services composed on a <see cref="TestDatabase"/> the way Program does (one root provider,
/// a scope per signed-in user), with Identity's stores on a scoped context from the factory.
/// </summary>
internal sealed class CrmServices : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly List<AsyncServiceScope> _scopes = [];

    public CrmServices(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection();
        services.AddHttpContextAccessor();
        services.AddSingleton(database.Factory);
        services.AddSingleton(database.Protector);
        services.AddSingleton(database.MatchKeys);
        services.AddSingleton<TimeProvider>(database.Time);
        services.AddSingleton(database.Calendar);
        services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContext());
        services.AddIdentityCore<CrmUser>(o => o.User.RequireUniqueEmail = true)
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddDefaultTokenProviders();
        services.AddScoped<TestAuthenticationStateProvider>();
        services.AddScoped<AuthenticationStateProvider>(sp => sp.GetRequiredService<TestAuthenticationStateProvider>());
        services.AddScoped<CurrentUserAccessor>();
        services.AddCrmFeatures();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(database.Pool));
        _root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>The root provider, where the singletons (event handlers among them) live.</summary>
    public IServiceProvider Root => _root;

    public UserSession SignIn(ClaimsPrincipal principal)
    {
        var scope = _root.CreateAsyncScope();
        _scopes.Add(scope);
        scope.ServiceProvider.GetRequiredService<TestAuthenticationStateProvider>().SignIn(principal);
        return new UserSession(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        await _root.DisposeAsync();
    }
}
