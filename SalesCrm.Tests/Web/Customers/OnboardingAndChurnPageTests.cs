using Bunit;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Customers;

/// <summary>The onboarding notices page (CUS-5) and the churn analysis page (CUS-3).</summary>
public sealed class OnboardingAndChurnPageTests : IAsyncLifetime
{
    private GradeScenario _s = default!;

    public async Task InitializeAsync() => _s = await GradeScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task CUS5_TheNoticesPage_ShowsTheOpenNoticeFirstAndStandingOut_AndTheCollectorAcknowledgesTheirPart()
    {
        var customers = _s.Database.SignIn(_s.Rep).Customers;
        await customers.CreateAsync(new CustomerBuilder().Named("宁波港机设备有限公司").ToForm());
        await using var context = new CrmTestContext(_s.Database);
        context.SignIn(_s.Collector);

        var page = context.RenderHosted<OnboardingNoticesPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=notice-open]")));
        Assert.Single(page.FindAll("[data-testid=acknowledge-Collection]"));
        Assert.Empty(page.FindAll("[data-testid=acknowledge-Service]"));
        Assert.Single(page.FindAll("[data-testid=waiting-Service]"));

        page.Find("[data-testid=acknowledge-Collection]").Click();

        page.WaitForAssertion(() => Assert.Contains("周强", page.Find("[data-testid=acknowledged-Collection]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=acknowledge-Collection]"));
        Assert.Single(page.FindAll("[data-testid=notice-open]"));
    }

    [Fact]
    public async Task CUS5_WithoutNotices_ThePageSaysSo()
    {
        await using var context = new CrmTestContext(_s.Database);
        context.SignIn(_s.ServiceManager);

        var page = context.RenderHosted<OnboardingNoticesPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=notices-empty]")));
    }

    [Fact]
    public async Task CUS3_TheChurnPage_ShowsTheCountsByReasonAndGrade()
    {
        var price = await _s.LostReasonAsync("Price too high", "价格过高");
        var second = await _s.CustomerAsync("苏州精密机械有限公司");
        var lost = _s.Database.SignIn(_s.Manager).Lost;
        Assert.Empty(await lost.MarkLostAsync(_s.Customer.Id, price, "Over budget"));
        Assert.Empty(await lost.MarkLostAsync(second.Id, price, "Over budget too"));
        await using var context = new CrmTestContext(_s.Database);
        context.SignIn(_s.Manager);

        var page = context.RenderHosted<ChurnPage>();

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=churn-total] [data-testid=figure-value]").TextContent.Trim()));
        Assert.Equal("Price too high 2", page.Find("[data-testid=reason-count]").TextContent.Trim());
        Assert.Equal("C 2", page.Find($"[data-testid=tier-{Tier.C}]").TextContent.Trim());
        Assert.Equal("2", page.Find("[data-testid=month-2026-03]").TextContent.Trim());
        Assert.Equal(2, page.FindAll("[data-testid=churn-recent] tbody tr").Count);
    }

    [Fact]
    public async Task CUS3_WithNoLostCustomers_TheChurnPageSaysSo()
    {
        await using var context = new CrmTestContext(_s.Database);
        context.SignIn(_s.Director);

        var page = context.RenderHosted<ChurnPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=churn-empty]")));
    }
}
