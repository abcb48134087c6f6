using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Leads;

namespace SalesCrm.Tests.Web.Leads;

/// <summary>LEAD-1 import page: a manager uploads a file and sees what became of its rows; only those who may import are offered it.</summary>
public sealed class LeadImportPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;
    private CrmUser _manager = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _manager = await _organisation.AppointedManagerAsync(_east, "王经理");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task LEAD1_ManagerUploadsAFile_AndSeesCreatedOwnedAndInvalidCounts()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, _east, "李娜");
        await new CustomerBuilder().Named("华为技术有限公司").WithContact("赵磊", "021 5555 0101").SaveAsync(_database, rep);
        await using var context = new CrmTestContext(_database);
        context.SignIn(_manager);
        var page = Render<LeadImportPage>(context);
        page.WaitForAssertion(() => Assert.Contains("王经理", page.Find("[data-testid=import-owner]").OuterHtml, StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "CompanyName,ContactName,Phone,Email\r\nNew Co,Chen,138 0013 8000,\r\n華為技術有限公司,Liu,,liu@example.com\r\nBad Co,Wang,,not-an-address\r\n", "leads.csv"));
        page.WaitForAssertion(() => Assert.Equal("leads.csv", page.Find("[data-testid=import-file-name]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        page.Find("[data-testid=import-start]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            ["1 created", "1 already owned", "1 invalid"],
            page.FindAll("[data-testid=import-counts] .mud-chip").Select(c => c.TextContent.Trim())), TimeSpan.FromSeconds(10));
        Assert.Equal(["Created", "Already owned", "Invalid"], page.FindAll("[data-testid=import-outcome]").Select(c => c.TextContent.Trim()));
        Assert.StartsWith("/leads/import/reports/", page.Find("[data-testid=import-download]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("5555", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LEAD1_AFileWithoutTheRequiredColumns_IsRefusedOnThePage()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_manager);
        var page = Render<LeadImportPage>(context);
        page.WaitForAssertion(() => page.FindComponent<InputFile>());

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("公司名称,电话\r\n华为,138 0013 8000\r\n", "leads.csv"));
        page.Find("[data-testid=import-start]").Click();

        page.WaitForAssertion(() => Assert.Contains("ContactName / 联系人", page.Find("[data-testid=import-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=import-result]"));
    }

    [Theory]
    [InlineData(CrmRole.SalesManager, true)]
    [InlineData(CrmRole.MarketingDirector, true)]
    [InlineData(CrmRole.SalesRep, false)]
    [InlineData(CrmRole.AccountManager, false)]
    public async Task LEAD1_TheImportLink_IsOfferedOnlyToManagersAndTheDirector(CrmRole role, bool offered)
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(role == CrmRole.SalesManager ? _manager : await _organisation.UserAsync(role, _east));

        var leads = Render<LeadsPage>(context);

        leads.WaitForAssertion(() => Assert.Equal(offered, leads.FindAll("[data-testid=import-leads]").Count == 1));
    }

    [Fact]
    public async Task LEAD1_ARepOpeningTheImportPage_IsToldTheirRoleDoesNotAllowIt()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, _east));

        var page = Render<LeadImportPage>(context);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=import-denied]")));
        Assert.Empty(page.FindAll("input[type=file]"));
    }

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> Render<TPage>(CrmTestContext context) where TPage : IComponent =>
        context.RenderHosted<TPage>();
}
