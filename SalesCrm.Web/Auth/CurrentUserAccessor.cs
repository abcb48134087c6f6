using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Auth;

/// <summary>
/// Reads the signed-in user from <see cref="AuthenticationStateProvider"/> (interactive components) or, in plain HTTP
/// endpoints, from the request. Services call <see cref="RequireAsync"/>: no user, no access.
/// </summary>
public sealed class CurrentUserAccessor(AuthenticationStateProvider authState, IHttpContextAccessor http)
{
    public async Task<CurrentUser?> GetAsync()
    {
        ClaimsPrincipal? principal;
        try
        {
            principal = (await authState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            principal = http.HttpContext?.User;
        }

        return principal is null ? null : FromPrincipal(principal);
    }

    public async Task<CurrentUser> RequireAsync() =>
        await GetAsync() ?? throw new UnauthorizedAccessException("Sign in to continue.");

    public static CurrentUser? FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<CrmRole>(principal.FindFirstValue(ClaimTypes.Role), out var role)
            || !Guid.TryParse(principal.FindFirstValue(CrmClaimTypes.Region), out var region))
        {
            return null;
        }

        return new CurrentUser(id, principal.FindFirstValue(CrmClaimTypes.DisplayName) ?? principal.Identity.Name ?? string.Empty, role, region);
    }
}
