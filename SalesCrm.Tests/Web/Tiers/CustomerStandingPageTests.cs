using Bunit;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Tiers;

/// <summary>TIER-1/TIER-2 on the customer's overview: which rule gives the grade and why, the flag, and the manager's moves.</summary>
public sealed class CustomerStandingPageTests : IAsyncLifetime
{
    private GradeScenario _s = default!;

    public async Task InitializeAsync() => _s = await GradeScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task TIER1_AComputedGrade_ShowsTheAmountItComesFrom_AndTIER2FlagsTheMissingAccountManager()
    {
        await _s.SignAsync(unitPrice: 600_000m);

        var page = Render(_s.Manager, out var context);
        await using var _ = context;

        page.WaitForAssertion(() => Assert.Equal("Grade A", page.Find("[data-testid=customer-standing] [data-testid=tier-chip]").TextContent.Trim()));
        Assert.Equal("Computed from CNY 6,000,000 signed in the last 12 months.", page.Find("[data-testid=tier-reason]").TextContent.Trim());
        Assert.Single(page.FindAll("[data-testid=needs-account-manager]"));
        Assert.Single(page.FindAll("[data-testid=assign-account-manager]"));
        Assert.Empty(page.FindAll("[data-testid=tier-override]"));
    }

    [Fact]
    public async Task TIER1_AManagersGrade_ShowsWhoSetItAndWhy_AndWhatTheAmountAloneGives()
    {
        Assert.Empty(await _s.Database.SignIn(_s.Manager).Tiers.OverrideAsync(_s.Customer.Id, Tier.A, "集团采购潜力 Group purchasing potential"));

        var page = Render(_s.Rep, out var context);
        await using var _ = context;

        page.WaitForAssertion(() => Assert.Equal("Set by 李娜: 集团采购潜力 Group purchasing potential", page.Find("[data-testid=tier-reason]").TextContent.Trim()));
        Assert.Equal("The signed amount alone gives C (CNY 0 in the last 12 months).", page.Find("[data-testid=tier-computed-note]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=tier-clear]"));
        Assert.Single(page.FindAll("[data-testid=mark-lost]"));
    }

    [Fact]
    public async Task TIER1_TheManagerSetsAHigherGrade_InTheDialog_AndAMissingReasonStaysNextToTheField()
    {
        var page = Render(_s.Manager, out var context);
        await using var _ = context;
        page.WaitForAssertion(() => page.Find("[data-testid=tier-override]"));

        page.Find("[data-testid=tier-override]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=tier-override-submit]"));
        page.Find("[data-testid=tier-override-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give the reason for the higher grade", page.Find("[data-testid=tier-override-dialog]").TextContent, StringComparison.Ordinal));
        page.Find("textarea[data-testid=tier-override-reason]").Change("规模大 Large group");
        page.Find("[data-testid=tier-override-submit]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Set by 李娜", page.Find("[data-testid=tier-reason]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(Tier.B, (await _s.ReloadAsync()).TierOverride);
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Render(CrmUser user, out CrmTestContext context)
    {
        context = new CrmTestContext(_s.Database);
        context.SignIn(user);
        return context.RenderHosted<CustomerPage>((nameof(CustomerPage.Id), _s.Customer.Id));
    }
}
