using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesCrm.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SalesCrm.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class ComplaintJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    // Issue 7's journey: an agent logs a complaint for the rep's customer (SVC-1); the service manager assigns an
    // investigator, who records the root cause and proposes a solution; the marketing director approves it (SVC-2); the
    // agent records progress shared with the customer, the customer's feedback and closes it; the owning rep sees it in
    // the customer's archive and was told of it (SVC-4).
    [Fact]
    public Task AgentLogsAComplaint_ManagerAssigns_DirectorApproves_AgentCloses_OwningRepSeesItInTheArchive() => JourneyAsync(async pages =>
    {
        var rep = await SignInAsync("rep.east@demo.salescrm");
        pages.Add(rep);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var company = $"苏州精工机械{tag}有限公司";
        await GoAsync(rep, "/customers/new");
        await rep.GetByTestId("field-name").FillAsync(company);
        await rep.GetByTestId("save-customer").ClickAsync();
        await Expect(rep.GetByTestId("customer-title")).ToHaveTextAsync(company);
        var customerUrl = rep.Url;

        // SVC-1: the agent finds the customer among their region's and logs the complaint.
        var agent = await SignInAsync("service.east@demo.salescrm");
        pages.Add(agent);
        await GoAsync(agent, "/service/new");
        await Field(agent, "service-customer").FillAsync($"精工机械{tag}");
        await agent.GetByRole(AriaRole.Option).Filter(new() { HasText = company }).ClickAsync();
        // The choice renders the form again: type the next field once it has, as a person would, or the render may
        // arrive after the typing and clear it (seen on a loaded machine).
        await Expect(Field(agent, "service-customer")).ToHaveValueAsync(new Regex(Regex.Escape(company)));
        await Field(agent, "service-complainant").FillAsync("吴经理 Manager Wu");
        await Field(agent, "service-contact").FillAsync("0512-6688 1234");
        await agent.GetByTestId("service-category").ClickAsync();
        await agent.GetByRole(AriaRole.Option).Filter(new() { HasText = "Product quality" }).ClickAsync();
        var matter = $"主轴异响 {tag} The spindle makes noise";
        await Field(agent, "service-matter-input").FillAsync(matter);
        await Expect(Field(agent, "service-complainant")).ToHaveValueAsync("吴经理 Manager Wu");
        await agent.GetByTestId("service-save").ClickAsync();
        await Expect(agent).ToHaveURLAsync(new Regex("/service/[0-9a-f-]{36}$"));
        var url = agent.Url;
        await Expect(agent.GetByTestId("service-status")).ToHaveTextAsync("Received");
        await Expect(agent.GetByTestId("service-first-response")).ToContainTextAsync("left");

        // SVC-2: the service manager assigns the agent as investigator; that is the first response (SVC-3).
        var manager = await SignInAsync("servicemgr.east@demo.salescrm");
        pages.Add(manager);
        await GoAsync(manager, url);
        await manager.GetByTestId("service-assign").ClickAsync();
        await manager.GetByTestId("service-move-person").ClickAsync();
        await manager.GetByRole(AriaRole.Option).Filter(new() { HasText = "陈静" }).ClickAsync();
        await manager.GetByTestId("service-move-submit").ClickAsync();
        await Expect(manager.GetByTestId("service-status")).ToHaveTextAsync("Under investigation");
        await Expect(manager.GetByTestId("service-first-response")).ToHaveTextAsync("Responded");

        // The investigator records the root cause and proposes the solution.
        await GoAsync(agent, url);
        await agent.GetByTestId("service-root-cause").ClickAsync();
        await Field(agent, "service-move-text").FillAsync("轴承润滑不足 The bearing lacked grease");
        await agent.GetByTestId("service-move-submit").ClickAsync();
        await Expect(agent.GetByTestId("service-root-cause-text")).ToContainTextAsync("轴承润滑不足");
        await agent.GetByTestId("service-propose").ClickAsync();
        await Field(agent, "service-move-department").FillAsync("售后服务部 After-sales");
        await Field(agent, "service-move-text").FillAsync("上门润滑并更换轴承 Grease and replace the bearing on site");
        await Field(agent, "service-move-deadline").FillAsync(DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Field(agent, "service-move-deadline").BlurAsync();
        await agent.GetByTestId("service-move-submit").ClickAsync();
        await Expect(agent.GetByTestId("service-status")).ToHaveTextAsync("Solution proposed");

        // Only the marketing director approves it.
        var director = await SignInAsync("director@demo.salescrm");
        pages.Add(director);
        await GoAsync(director, "/service?list=AwaitingApproval");
        await director.GetByTestId("service-who").Filter(new() { HasText = company }).ClickAsync();
        await director.GetByTestId("service-approve").ClickAsync();
        await director.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Approve solution" }).ClickAsync();
        await Expect(director.GetByTestId("service-status")).ToHaveTextAsync("Being resolved");

        // The agent records progress shared with the customer, the customer's feedback, and closes it.
        await GoAsync(agent, url);
        await agent.GetByTestId("service-progress").ClickAsync();
        await Field(agent, "service-move-text").FillAsync("已上门更换轴承 The bearing was replaced on site");
        await Field(agent, "service-move-shared").CheckAsync();
        await agent.GetByTestId("service-move-submit").ClickAsync();
        await Expect(agent.GetByTestId("service-progress-shared")).ToBeVisibleAsync();
        await agent.GetByTestId("service-resolve").ClickAsync();
        await Field(agent, "service-move-text").FillAsync("运行正常，满意 Runs quietly now, satisfied");
        await agent.GetByTestId("service-move-score").Locator(".mud-rating-item").Nth(3).ClickAsync();
        await agent.GetByTestId("service-move-submit").ClickAsync();
        await Expect(agent.GetByTestId("service-status")).ToHaveTextAsync("Resolved");
        await agent.GetByTestId("service-close").ClickAsync();
        await agent.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(agent.GetByTestId("service-status")).ToHaveTextAsync("Closed");

        // SVC-4: the owning rep was told and sees it in the customer's archive.
        await GoAsync(rep, customerUrl);
        await rep.GetByRole(AriaRole.Tab, new() { Name = "Complaints" }).ClickAsync();
        await Expect(rep.GetByTestId("customer-service-matter")).ToContainTextAsync(matter);
        await rep.GetByTestId("customer-service-matter").ClickAsync();
        await Expect(rep.GetByTestId("service-status")).ToHaveTextAsync("Closed");
        await Expect(rep.GetByTestId("service-feedback")).ToContainTextAsync("满意");
        await GoAsync(rep, "/notifications");
        await Expect(rep.GetByText($"logged a complaint from your customer {company}")).ToBeVisibleAsync();
    });
}
