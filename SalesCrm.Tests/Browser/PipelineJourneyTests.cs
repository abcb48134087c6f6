using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class PipelineJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // PIPE-1/PIPE-2 end to end: a rep opens an opportunity on their customer and takes it through every stage up to
    // negotiation, where the contract takes over; a stage left without its record is refused next to the fields, with
    // what was typed kept.
    [Fact]
    public Task RepTakesAnOpportunityFromFirstContactToItsContract() => JourneyAsync(async pages =>
    {
        var rep = await SignInAsync("rep.south@demo.salescrm");
        pages.Add(rep);
        var company = $"佛山机械{Guid.NewGuid().ToString("N")[..6]}有限公司";
        await GoAsync(rep, "/customers/new");
        await rep.GetByTestId("field-name").FillAsync(company);
        await rep.GetByTestId("save-customer").ClickAsync();
        await Expect(rep.GetByTestId("customer-title")).ToHaveTextAsync(company);

        await rep.GetByRole(AriaRole.Tab, new() { Name = "Opportunities" }).ClickAsync();
        await Expect(rep.GetByTestId("opportunities-empty")).ToBeVisibleAsync();
        await rep.GetByTestId("new-opportunity").ClickAsync();
        await rep.GetByTestId("opportunity-title-input").FillAsync("12 台电动叉车 Electric forklifts");
        await Field(rep, "opportunity-estimate").FillAsync("1500000");
        await rep.GetByTestId("opportunity-open-submit").ClickAsync();
        await Expect(rep).ToHaveURLAsync(new Regex("/opportunities/[0-9a-f-]{36}$"));
        await Expect(rep.GetByTestId("opportunity-stage")).ToHaveTextAsync("Initial contact");

        await rep.GetByTestId("opportunity-advance").ClickAsync();
        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(rep.GetByTestId("opportunity-stage")).ToHaveTextAsync("Needs research");

        await rep.GetByTestId("opportunity-advance").ClickAsync();
        var answers = rep.GetByTestId("needs-answer");
        await Input(answers.Nth(0)).FillAsync("替换旧柴油叉车 Replace diesel trucks");
        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(rep.GetByTestId("needs-error")).ToContainTextAsync("Answer more questions");
        await Expect(Input(answers.Nth(0))).ToHaveValueAsync("替换旧柴油叉车 Replace diesel trucks");
        for (var i = 1; i < 5; i++)
        {
            await Input(answers.Nth(i)).FillAsync($"Answer {i}");
        }

        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(rep.GetByTestId("opportunity-stage")).ToHaveTextAsync("Solution");
        await Expect(rep.GetByTestId("opportunity-needs")).ToContainTextAsync("Replace diesel trucks");

        await rep.GetByTestId("opportunity-advance").ClickAsync();
        await Field(rep, "solution-mix").FillAsync("12 台 2.5 吨电动叉车 + 充电桩");
        await Field(rep, "solution-commitments").FillAsync("三年保修，8 小时到场");
        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(rep.GetByTestId("opportunity-stage")).ToHaveTextAsync("Negotiation");

        // PIPE-1: from negotiation only signing the contract goes on; the page offers that, not "advance".
        await Expect(rep.GetByTestId("opportunity-advance")).ToHaveCountAsync(0);
        await Expect(rep.GetByTestId("opportunity-draft-contract")).ToBeVisibleAsync();
        await Expect(rep.GetByTestId("opportunity-signed-by-contract")).ToContainTextAsync("signed by signing its contract");
    });

    // PIPE-3: the board shows the opportunity in its stage with its amount; dragging it two stages on is refused,
    // dragging it to the next stage asks for that step's record and moves it.
    [Fact]
    public Task RepDragsACardToTheNextStage_OnThePipelineBoard() => JourneyAsync(async pages =>
    {
        var rep = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(rep);
        var title = $"Board {Guid.NewGuid().ToString("N")[..6]} 仓储货架 Racking";
        await GoAsync(rep, "/customers/new");
        await rep.GetByTestId("field-name").FillAsync($"嘉兴仓储{title[6..12]}有限公司");
        await rep.GetByTestId("save-customer").ClickAsync();
        await rep.GetByRole(AriaRole.Tab, new() { Name = "Opportunities" }).ClickAsync();
        await rep.GetByTestId("new-opportunity").ClickAsync();
        await rep.GetByTestId("opportunity-title-input").FillAsync(title);
        await Field(rep, "opportunity-estimate").FillAsync("880000");
        await rep.GetByTestId("opportunity-open-submit").ClickAsync();
        await Expect(rep).ToHaveURLAsync(new Regex("/opportunities/[0-9a-f-]{36}$"));

        await GoAsync(rep, "/pipeline");
        var columns = rep.GetByTestId("board-column");
        var card = rep.GetByTestId("board-card").Filter(new() { HasText = title });
        await Expect(columns.Nth(0).GetByTestId("board-card").Filter(new() { HasText = title })).ToContainTextAsync("CNY 880,000.00");

        await card.DragToAsync(columns.Nth(3).Locator(".board-zone"));
        await Expect(rep.GetByTestId("advance-dialog")).ToHaveCountAsync(0);
        await Expect(columns.Nth(0).GetByTestId("board-card").Filter(new() { HasText = title })).ToHaveCountAsync(1);

        await card.DragToAsync(columns.Nth(1).Locator(".board-zone"));
        await Expect(rep.GetByTestId("advance-dialog")).ToBeVisibleAsync();
        await rep.GetByTestId("advance-submit").ClickAsync();
        await Expect(columns.Nth(1).GetByTestId("board-card").Filter(new() { HasText = title })).ToHaveCountAsync(1);
        await Expect(columns.Nth(0).GetByTestId("board-card").Filter(new() { HasText = title })).ToHaveCountAsync(0);
    });
}
