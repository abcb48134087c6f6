using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Components.Layout;

namespace SalesCrm.Tests.Web.Faults;

/// <summary>Fault drill: a page whose database call fails shows a readable message inside the layout, and "Try again" brings it back.</summary>
public sealed class PageErrorTests : IAsyncLifetime
{
    private readonly CommandFault _fault = new();
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync(_fault);
        _organisation = new OrganisationBuilder(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ADatabaseFailureOnAPage_ShowsAMessageInTheLayout_AndTryAgainBringsThePageBack()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, await _organisation.RegionAsync("East")));
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var failing = true;
        RenderFragment body = builder =>
        {
            builder.OpenComponent<FailingPage>(0);
            builder.AddAttribute(1, nameof(FailingPage.Fails), (Func<bool>)(() => failing));
            builder.CloseComponent();
        };
        var layout = context.Render<MainLayout>(parameters => parameters.Add(l => l.Body, body));

        layout.Find("[data-testid=save]").Click();

        layout.WaitForAssertion(() => Assert.Contains("Nothing was half-saved", layout.Find("[data-testid=page-error]").TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(layout.FindAll("nav a"));

        failing = false;
        layout.Find("[data-testid=page-error-retry]").Click();
        layout.WaitForAssertion(() => Assert.Empty(layout.FindAll("[data-testid=page-error]")));
        layout.Find("[data-testid=save]").Click();
        Assert.Empty(layout.FindAll("[data-testid=page-error]"));
    }

    [Fact]
    public async Task WithTheDatabaseDown_TheCustomerListSaysSo_AndComesBackWhenTheDatabaseDoes()
    {
        var rep = await _organisation.UserAsync(CrmRole.SalesRep, await _organisation.RegionAsync("East"));
        await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, rep);
        await using var context = new CrmTestContext(_database);
        context.SignIn(rep);
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderFragment body = builder =>
        {
            builder.OpenComponent<SalesCrm.Web.Features.Customers.CustomersPage>(0);
            builder.CloseComponent();
        };

        _fault.DatabaseDown = true;
        var layout = context.Render<MainLayout>(parameters => parameters.Add(l => l.Body, body));
        layout.WaitForAssertion(() => Assert.NotEmpty(layout.FindAll("[data-testid=page-error]")), TimeSpan.FromSeconds(5));
        Assert.True(_fault.Injected > 0);

        _fault.DatabaseDown = false;
        layout.Find("[data-testid=page-error-retry]").Click();
        layout.WaitForAssertion(() => Assert.Contains("杭州物流有限公司", layout.Find("[data-testid=customer-table]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }

    /// <summary>A page whose save fails while <see cref="Fails"/> says so, as a page does when its database call fails.</summary>
    private sealed class FailingPage : ComponentBase
    {
        [Parameter]
        public Func<bool> Fails { get; set; } = () => false;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "save");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, Save));
            builder.AddContent(3, "Save");
            builder.CloseElement();
        }

        private void Save()
        {
            if (Fails())
            {
                throw new SqliteException("database is locked", 5);
            }
        }
    }
}
