using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Leads;

namespace SalesCrm.Tests.Web.Pages;

/// <summary>OWN-2 on the new-lead form: a name like an existing customer's is pointed out while typing, and saving goes on.</summary>
public sealed class LeadNewPageTests
{
    /// <summary>The form checks once the rep pauses typing (350 ms), then asks the database.</summary>
    private static readonly TimeSpan PauseAndCheck = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task OWN2_TypingANameLikeAnotherRegionsCustomer_ShowsAPossibleDuplicateWithoutItsName_AndTheLeadStillSaves()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var owner = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"), "张伟");
        var rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("South"), "吴芳");
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(database, owner);
        await using var context = new CrmTestContext(database);
        context.SignIn(rep);
        context.Render<MudPopoverProvider>();
        var page = context.Render<LeadNewPage>();

        page.Find("[data-testid=lead-company]").Input("华为技术服务有限公司");

        var since = TestDatabase.Start.ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        page.WaitForAssertion(() => Assert.Equal($"A similarly named customer owned by 张伟 (East) since {since}",
            page.Find("[data-testid=possible-duplicate]").TextContent.Trim()), PauseAndCheck);
        Assert.Contains("Possible duplicates", page.Find("[data-testid=possible-duplicates]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("华为技术有限公司", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=ownership-warning]"));

        await page.ChangeTo("[data-testid=lead-contact]", "刘洋");
        await page.TypeInto("[data-testid=lead-phone]", "139 1234 5678");
        await page.ClickOn("[data-testid=save-lead]");

        var navigation = context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/leads/[0-9a-f-]{36}$", navigation.Uri), PauseAndCheck);
    }
}
