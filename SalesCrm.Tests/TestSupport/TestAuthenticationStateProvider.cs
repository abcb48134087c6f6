using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace SalesCrm.Tests.TestSupport;

/// <summary>Stands in for the circuit's authentication state: whoever the test signs in.</summary>
public sealed class TestAuthenticationStateProvider : AuthenticationStateProvider
{
    private ClaimsPrincipal _user = TestPrincipals.Anonymous;

    public void SignIn(ClaimsPrincipal user)
    {
        _user = user;
        NotifyAuthenticationStateChanged(GetAuthenticationStateAsync());
    }

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(_user));
}
