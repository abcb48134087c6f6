using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Catalogue;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / CON-1, CON-2: the product catalogue's name, unit, description and list price. Hostile text and
// negative or huge prices come back on their field, never as an exception; no product is created or changed.
public sealed class HostileCatalogueInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private UserSession _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(_database);
        _admin = _database.SignIn(await organisation.UserAsync(CrmRole.Administrator, await organisation.RegionAsync("East"), "Admin"));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CON1_AHostileProductNameUnitOrDescription_IsRefusedOnEachField_AndNoProductIsCreated(string hostile, string code)
    {
        var text = HostileInput.Text(hostile);
        var form = new ProductBuilder().ToForm();
        (form.Name, form.Unit, form.Description) = (text, text, text);

        var result = await _admin.Products.CreateAsync(form);

        Assert.Equal(["Name", "Unit", "Description"], result.Errors.Where(e => e.Code == code).Select(e => e.Field));
        Assert.Equal(0, await ProductCountAsync());
    }

    [Theory]
    [InlineData("NUL")]
    [InlineData("lone high surrogate")]
    [InlineData("1 MB")]
    public async Task CON1_AHostileProductCode_IsRefusedOnTheCode_AndNoProductIsCreated(string hostile)
    {
        var form = new ProductBuilder().ToForm();
        form.Code = HostileInput.Text(hostile);

        var result = await _admin.Products.CreateAsync(form);

        Assert.Equal(("Code", "Product.CodeInvalid"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(0, await ProductCountAsync());
    }

    [Theory]
    [InlineData("-0.01", "Product.PriceNegative")]
    [InlineData("-79228162514264337593543950335", "Money.TooLarge")]
    [InlineData("0.001", "Money.TooPrecise")]
    [InlineData("10000000000000000", "Money.TooLarge")]
    [InlineData("79228162514264337593543950335", "Money.TooLarge")]
    public async Task CON1_ANegativeOrHugeListPrice_IsRefusedNextToThePrice_AndNoProductIsCreatedOrChanged(string price, string code)
    {
        var form = new ProductBuilder().ToForm();
        form.ListPrice = HostileInput.Amount(price);
        var existing = await new ProductBuilder().Coded("EX-1").Priced(100m).SaveAsync(_database);
        var edit = (await _admin.Products.GetAsync(existing.Id))!;
        edit.ListPrice = HostileInput.Amount(price);

        var created = await _admin.Products.CreateAsync(form);
        var changed = await _admin.Products.UpdateAsync(edit);

        Assert.Equal([("ListPrice", code), ("ListPrice", code)], new[] { Assert.Single(created.Errors), Assert.Single(changed.Errors) }.Select(e => (e.Field, e.Code)));
        await using var db = _database.CreateContext();
        Assert.Equal(100m, (await db.Products.SingleAsync()).ListPrice.Amount);
    }

    [Fact]
    public async Task CON1_MarkupInAProductNameAndDescription_IsStoredExactlyAsTyped()
    {
        var form = new ProductBuilder().ToForm();
        (form.Name, form.Description) = (HostileInput.Script, $"{HostileInput.Script}\r\n第二行");

        var result = await _admin.Products.CreateAsync(form);

        var stored = (await _admin.Products.GetAsync(result.Id!.Value))!;
        Assert.Equal((HostileInput.Script, form.Description), (stored.Name, stored.Description));
    }

    private async Task<int> ProductCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Products.CountAsync();
    }
}
