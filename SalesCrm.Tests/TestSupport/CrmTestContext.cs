using System.Security.Claims;
using Bunit;
using Bunit.Rendering;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features;
using SalesCrm.Web.Features.Calendar;
using SalesCrm.Web.Localization;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// bUnit with what every SalesCrm page needs: MudBlazor, the text catalogue, a signed-in user that
/// <see cref="CurrentUserAccessor"/> reads like the app's, and (given a <see cref="TestDatabase"/>) the feature services on it.
/// </summary>
public sealed class CrmTestContext : BunitContext
{
    private readonly BunitAuthorizationContext _authorization;

    public CrmTestContext(TestDatabase? database = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<Texts>();
        Services.AddHttpContextAccessor();
        Services.AddScoped<CurrentUserAccessor>();
        Services.AddSingleton(database?.Calendar ?? CompanyTimeZone.Find(CompanyOptions.DefaultTimeZone));
        _authorization = AddAuthorization();
        if (database is not null)
        {
            Services.AddSingleton(database.Factory);
            Services.AddSingleton(database.MatchKeys);
            Services.AddSingleton<TimeProvider>(database.Time);
            Services.AddCrmFeatures();
            Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(database.Pool));
        }
    }

    /// <summary>
    /// Renders <typeparamref name="TComponent"/> as the app's layout hosts it: beside MudBlazor's popover, dialog and
    /// snackbar providers, so its selects, dialogs and messages work.
    /// </summary>
    public IRenderedComponent<ContainerFragment> RenderHosted<TComponent>(params (string Name, object? Value)[] parameters)
        where TComponent : IComponent =>
        Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<TComponent>(3);
            foreach (var (name, value) in parameters)
            {
                builder.AddAttribute(4, name, value);
            }

            builder.CloseComponent();
        });

    public void SignIn(CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var principal = TestPrincipals.For(user);
        _authorization.SetAuthorized(user.UserName!);
        _authorization.SetRoles(user.Role.ToString());
        _authorization.SetClaims([.. principal.Claims.Where(c => c.Type is not (ClaimTypes.Name or ClaimTypes.Role))]);
    }
}
