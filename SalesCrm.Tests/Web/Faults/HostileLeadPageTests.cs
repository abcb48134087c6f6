using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Leads;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / LEAD-1 on the page: what the rep typed stays in the inputs, the message stands next to each field, the
// markup is shown as text, and nothing is saved.
public sealed class HostileLeadPageTests
{
    private static readonly TimeSpan PauseAndCheck = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task LEAD1_AHostileCompanyNameAndEmail_ShowTheMessagesNextToTheFields_KeepWhatWasTyped_AndSaveNothing()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"), "张伟");
        await using var context = new CrmTestContext(database);
        context.SignIn(rep);
        context.Render<MudPopoverProvider>();
        var page = context.Render<LeadNewPage>();
        const string company = "<script>Acme</script> \u202Egnp.exe";
        const string email = "li\u202Ena@example.com";

        await page.TypeInto("[data-testid=lead-company]", company);
        page.WaitForAssertion(() => Assert.Contains("Remove the invisible control characters", FieldText(page, "lead-company"), StringComparison.Ordinal), PauseAndCheck);
        await page.ChangeTo("[data-testid=lead-contact]", "刘洋");
        await page.TypeInto("[data-testid=lead-email]", email);
        page.WaitForAssertion(() => Assert.Contains("Remove the invisible control characters", FieldText(page, "lead-email"), StringComparison.Ordinal), PauseAndCheck);
        await page.ClickOn("[data-testid=save-lead]");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=form-errors]")), PauseAndCheck);
        Assert.Contains("Remove the invisible control characters", FieldText(page, "lead-email"), StringComparison.Ordinal);
        Assert.Equal((company, email), (page.Find("[data-testid=lead-company]").GetAttribute("value"), page.Find("[data-testid=lead-email]").GetAttribute("value")));
        Assert.DoesNotContain(page.FindAll("script"), s => s.TextContent.Contains("Acme", StringComparison.Ordinal));
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Customers.CountAsync());
    }

    private static string FieldText(IRenderedComponent<LeadNewPage> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.TextContent ?? string.Empty;
}
