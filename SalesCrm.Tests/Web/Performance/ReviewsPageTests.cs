using Bunit;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-1 on the page: the manager records a person's talk, the person acknowledges it, a rep who missed sees the plan form.
public sealed class ReviewsPageTests : IAsyncLifetime
{
    private ContractScenario _s = null!;

    public async Task InitializeAsync() => _s = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task KPI1_TheManagerRecordsATalkFromTheTable_AndItShowsAsWaitingForThePerson()
    {
        await using var context = new CrmTestContext(_s.Database);
        context.SignIn(_s.Manager);
        var page = context.RenderHosted<ReviewsPage>();
        page.WaitForElement("[data-testid=talk-record]");

        page.Find("[data-testid=talk-record]").Click();
        page.Find("input[data-testid=talk-agreed]").Change("400000");
        page.Find("[data-testid=talk-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Waiting", page.Find("[data-testid=talk-acknowledged]").TextContent.Trim()));
        Assert.Contains("CNY 400,000", page.Find("[data-testid=talk-row]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=talk-form]"));
    }

    [Fact]
    public async Task KPI1_ARepWhoMissedLastQuarter_SeesThePlanForm_AndAnEmptyAnalysisIsRefusedNextToIt()
    {
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 2, 2, 0, 0, TimeSpan.Zero));
        await using var context = new CrmTestContext(_s.Database);
        context.SignIn(_s.Rep);
        var page = context.RenderHosted<ReviewsPage>();
        page.WaitForElement("[data-testid=plan-form]");

        page.Find("input[data-testid=plan-action]").Change("每周拜访两家A级客户");
        page.Find("[data-testid=plan-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Say why the target was missed.", page.Find("[data-testid=plan-form]").TextContent, StringComparison.Ordinal));
        Assert.Equal("每周拜访两家A级客户", page.Find("input[data-testid=plan-action]").GetAttribute("value"));
    }

    [Fact]
    public async Task KPI1_TheManagerSendsAPlanBackOnlyWithAComment_AndItThenShowsAsSentBack()
    {
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 2, 2, 0, 0, TimeSpan.Zero));
        Assert.Empty(await _s.Database.SignIn(_s.Rep).Reviews.SubmitPlanAsync(Period.Quarter(2026, 1), "拜访量不足 Too few visits", [new("每周两次拜访 Two visits a week", new DateOnly(2026, 4, 30))]));
        await using var context = new CrmTestContext(_s.Database);
        context.SignIn(_s.Manager);
        var page = context.RenderHosted<ReviewsPage>();
        page.WaitForElement("[data-testid=plan-send-back]");

        page.Find("[data-testid=plan-send-back]").Click();
        page.WaitForAssertion(() => Assert.Contains("Say what the plan needs.", page.Find("[data-testid=plan]").TextContent, StringComparison.Ordinal));
        page.Find("input[data-testid=plan-comment]").Change("写明每月目标 Name a monthly goal");
        page.Find("[data-testid=plan-send-back]").Click();

        page.WaitForAssertion(() => Assert.Equal("Sent back", page.Find("[data-testid=plan-status]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=plan-approve]"));
    }
}
