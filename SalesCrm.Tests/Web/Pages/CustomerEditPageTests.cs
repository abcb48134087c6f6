using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Pages;

/// <summary>Issue 3 §7: validation next to each field; what the user typed stays; nothing is half-saved.</summary>
public sealed class CustomerEditPageTests
{
    [Fact]
    public async Task InvalidUsccAndPhone_ShowMessagesNextToTheirFields_KeepTypedValues_SaveNothing()
    {
        await using var form = await NewCustomerFormAsync();
        var page = form.Page;

        await page.TypeInto("[data-testid=field-name]", "杭州新纪元电子科技有限公司");
        await page.TypeInto("[data-testid=field-uscc]", "91350100M000100Y44");
        await page.ClickOn("[data-testid=add-contact]");
        page.WaitForElement("[data-testid=contact-name]");
        await page.ChangeTo("[data-testid=contact-name]", "王芳");
        await page.TypeInto("[data-testid=contact-phone]", "call me maybe");
        await page.ClickOn("[data-testid=save-customer]");

        page.WaitForAssertion(() => Assert.Contains("check character does not match", FieldText(page, "field-uscc"), StringComparison.Ordinal));
        Assert.Contains("A phone number may contain digits", FieldText(page, "contact-phone"), StringComparison.Ordinal);
        Assert.Equal("杭州新纪元电子科技有限公司", page.Find("[data-testid=field-name]").GetAttribute("value"));
        Assert.Equal("91350100M000100Y44", page.Find("[data-testid=field-uscc]").GetAttribute("value"));
        Assert.Equal("call me maybe", page.Find("[data-testid=contact-phone]").GetAttribute("value"));
        await using var db = form.Database.CreateContext();
        Assert.Equal(0, await db.Customers.CountAsync());
        Assert.Equal(0, await db.Contacts.CountAsync());
    }

    [Fact]
    public async Task CUS1_ANameWithABidiOverride_ShowsTheMessageNextToTheName_KeepsWhatWasTyped_SavesNothing() // issue 17 §8
    {
        await using var form = await NewCustomerFormAsync();
        var page = form.Page;
        const string typed = "<script>Acme</script> \u202Egnp.exe";

        await page.TypeInto("[data-testid=field-name]", typed);
        await page.ClickOn("[data-testid=save-customer]");

        page.WaitForAssertion(() => Assert.Contains("Remove the invisible control characters", FieldText(page, "field-name"), StringComparison.Ordinal));
        Assert.Equal(typed, page.Find("[data-testid=field-name]").GetAttribute("value"));
        Assert.DoesNotContain(page.FindAll("script"), s => s.TextContent.Contains("Acme", StringComparison.Ordinal));
        await using var db = form.Database.CreateContext();
        Assert.Equal(0, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task UsccWithWrongCheckCharacter_IsFlaggedWhenTheFieldIsLeft_BeforeSaving()
    {
        await using var form = await NewCustomerFormAsync();
        var page = form.Page;

        page.Find("[data-testid=field-uscc]").Input("91350100M000100Y44");

        page.WaitForAssertion(() => Assert.Contains("check character does not match", FieldText(page, "field-uscc"), StringComparison.Ordinal));
        Assert.DoesNotContain("Enter the customer's name.", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceAgent_SeesCommercialTermsLocked_OnTheirRegionsCustomer()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var region = await organisation.RegionAsync("East");
        var rep = await organisation.UserAsync(CrmRole.SalesRep, region);
        var agent = await organisation.UserAsync(CrmRole.ServiceAgent, region);
        var customer = await new CustomerBuilder().SaveAsync(database, rep);
        await using var context = new CrmTestContext(database);
        context.SignIn(agent);
        context.Render<MudPopoverProvider>();

        var page = context.Render<CustomerEditPage>(p => p.Add(x => x.Id, customer.Id));

        page.WaitForAssertion(() => Assert.Contains("Only the owner and sales managers change commercial terms.", page.Markup, StringComparison.Ordinal));
        Assert.Equal(customer.Name, page.Find("[data-testid=field-name]").GetAttribute("value"));
    }

    [Fact]
    public async Task OWN2_TypingANameLikeTheirOwnCustomer_ShowsItAsAPossibleDuplicate_LinkedToItsPage()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
        var customer = await new CustomerBuilder().Named("Acme Trading Co., Ltd.").SaveAsync(database, rep);
        await using var context = new CrmTestContext(database);
        context.SignIn(rep);
        context.Render<MudPopoverProvider>();
        var page = context.Render<CustomerEditPage>();

        page.WaitForElement("[data-testid=field-name]").Input("Acme Tradings Shanghai");

        var duplicate = page.WaitForElement("[data-testid=possible-duplicate]", TimeSpan.FromSeconds(5));
        Assert.Equal(($"/customers/{customer.Id}", "Acme Trading Co., Ltd."), (duplicate.QuerySelector("a")?.GetAttribute("href"), duplicate.QuerySelector("a")?.TextContent));
        Assert.Contains("your own customer since", duplicate.TextContent, StringComparison.Ordinal);
    }

    private static async Task<NewCustomerForm> NewCustomerFormAsync()
    {
        var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
        var context = new CrmTestContext(database);
        context.SignIn(rep);
        context.Render<MudPopoverProvider>();
        return new NewCustomerForm(database, context, context.Render<CustomerEditPage>());
    }

    private static string FieldText(IRenderedComponent<CustomerEditPage> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.TextContent ?? string.Empty;

    /// <summary>A rep's empty "new customer" form on its own database.</summary>
    private sealed record NewCustomerForm(TestDatabase Database, CrmTestContext Context, IRenderedComponent<CustomerEditPage> Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
