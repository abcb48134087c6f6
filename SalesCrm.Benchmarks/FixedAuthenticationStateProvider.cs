using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace SalesCrm.Benchmarks;

internal sealed class FixedAuthenticationStateProvider(ClaimsPrincipal principal) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
}
