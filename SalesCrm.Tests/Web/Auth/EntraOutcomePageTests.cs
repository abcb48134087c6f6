using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Account;

namespace SalesCrm.Tests.Web.Auth;

/// <summary>SEC-2: where a refused Entra sign-in lands says whether the person waits for an administrator or is refused.</summary>
public sealed class EntraOutcomePageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.InMemoryAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("waiting", "status", "An administrator will give you your region")]
    [InlineData("refused", "alert", "could not sign you in")]
    [InlineData("anything-else", "alert", "could not sign you in")]
    public async Task SEC2_TheOutcomePage_SaysWhetherThePersonWaitsOrIsRefused(string reason, string role, string text)
    {
        await using var context = new CrmTestContext(_database);
        context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/login/entra?reason={reason}");

        var page = context.Render<EntraOutcome>();

        var outcome = page.Find("[data-testid=entra-outcome]");
        Assert.Equal(role, outcome.GetAttribute("role"));
        Assert.Contains(text, outcome.TextContent, StringComparison.Ordinal);
    }
}
