using Bunit;
using MudBlazor;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Catalogue;

namespace SalesCrm.Tests.Web.Catalogue;

/// <summary>CON-1: the catalogue page shows every role the products and offers changes only to those who keep it.</summary>
public sealed class ProductsPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        await new ProductBuilder().Coded("FL-3T").Priced(128_000m).SaveAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(CrmRole.Administrator, true)]
    [InlineData(CrmRole.MarketingDirector, true)]
    [InlineData(CrmRole.SalesRep, false)]
    [InlineData(CrmRole.SalesManager, false)]
    public async Task CON1_NewAndEdit_AreOfferedOnlyToAdministratorsAndTheDirector_EveryoneSeesTheProducts(CrmRole role, bool offered)
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(role, _east));

        var page = Render(context);

        page.WaitForAssertion(() => Assert.Equal(["FL-3T"], page.FindAll("[data-testid=product-code]").Select(e => e.TextContent)));
        Assert.Equal(offered, page.FindAll("[data-testid=new-product]").Count == 1);
        Assert.Equal(offered, page.FindAll("[data-testid=edit-product]").Count == 1);
    }

    [Fact]
    public async Task CON1_ListPrice_IsShownWithThousandsSeparatorsAndItsCurrency()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, _east));

        var page = Render(context);

        page.WaitForAssertion(() => Assert.Equal("CNY 128,000.00", page.Find("[data-testid=product-price]").TextContent.Trim()));
    }

    [Fact]
    public async Task CON1_DuplicateCodeInTheDialog_IsShownNextToTheCode_AndWhatWasTypedStays()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(await _organisation.UserAsync(CrmRole.Administrator, _east));
        var page = Render(context);
        page.WaitForAssertion(() => page.Find("[data-testid=new-product]"));

        // Not awaited: the button's handler waits for the dialog to close.
        _ = page.Find("[data-testid=new-product]").ClickAsync(new());
        page.WaitForAssertion(() => page.Find("[data-testid=save-product]"));
        page.Find("[data-testid=product-code-input]").Change("fl-3t");
        page.Find("[data-testid=product-name-input]").Change("5吨柴油叉车 (5 t diesel forklift)");
        page.Find("[data-testid=product-unit-input]").Change("台");
        page.Find("[data-testid=product-price-input]").Change("156000");
        await page.Find("[data-testid=save-product]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Another product has this code already.", FieldText(page, "product-code-input"), StringComparison.Ordinal));
        Assert.Equal(("fl-3t", "5吨柴油叉车 (5 t diesel forklift)", "156000"),
            (Value(page, "product-code-input"), Value(page, "product-name-input"), Value(page, "product-price-input")));
    }

    private static string FieldText(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.TextContent ?? string.Empty;

    private static string? Value(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string testId) =>
        page.Find($"[data-testid={testId}]").GetAttribute("value");

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> Render(CrmTestContext context) =>
        context.RenderHosted<ProductsPage>();
}
