using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Catalogue;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Catalogue;

/// <summary>CON-1: the catalogue contract lines will name. Everyone reads it; administrators and the director keep it.</summary>
public sealed class ProductServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganisationBuilder _organisation = null!;
    private Region _east = null!;
    private CrmUser _administrator = null!;
    private UserSession _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _administrator = await _organisation.UserAsync(CrmRole.Administrator, _east, "Admin");
        _admin = _database.SignIn(_administrator);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(CrmRole.Administrator)]
    [InlineData(CrmRole.MarketingDirector)]
    public async Task CON1_AdministratorOrDirectorCreatesAProduct_AndARepFindsItInTheCatalogue(CrmRole keeper)
    {
        var session = keeper == CrmRole.Administrator ? _admin : await SignInAsync(keeper);

        var result = await session.Products.CreateAsync(new ProductBuilder().Coded("fl-3t").Priced(128_000.50m).ToForm());

        var rep = await SignInAsync(CrmRole.SalesRep);
        var row = Assert.Single((await rep.Products.ListAsync(new PageRequest(0, 10))).Items);
        Assert.Equal((result.Id, "FL-3T", "台", Money.Cny(128_000.50m), true), (row.Id, row.Code, row.Unit, row.ListPrice, row.IsActive));
    }

    [Theory]
    [InlineData(CrmRole.SalesRep)]
    [InlineData(CrmRole.SalesManager)]
    [InlineData(CrmRole.ServiceAgent)]
    [InlineData(CrmRole.Legal)]
    [InlineData(CrmRole.Collector)]
    public async Task CON1_OtherRoles_ReadTheCatalogue_ButCannotCreateAProduct(CrmRole role)
    {
        await new ProductBuilder().SaveAsync(_database);
        var session = await SignInAsync(role);

        var catalogue = await session.Products.ListAsync(new PageRequest(0, 10));

        Assert.Single(catalogue.Items);
        await Assert.ThrowsAsync<AccessDeniedException>(() => session.Products.CreateAsync(new ProductBuilder().Coded("SP-01").ToForm()));
        Assert.Equal(1, await ProductCountAsync());
    }

    [Fact]
    public async Task CON1_Rep_CannotChangeDeactivateOrReactivateAProduct()
    {
        var product = await new ProductBuilder().SaveAsync(_database);
        var rep = await SignInAsync(CrmRole.SalesRep);
        var form = (await rep.Products.GetAsync(product.Id))!;
        form.ListPrice = 1m;

        await Assert.ThrowsAsync<AccessDeniedException>(() => rep.Products.UpdateAsync(form));
        await Assert.ThrowsAsync<AccessDeniedException>(() => rep.Products.DeactivateAsync(product.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => rep.Products.ReactivateAsync(product.Id));
    }

    [Fact]
    public async Task CON1_DuplicateCode_WhateverItsCaseAndSpaces_IsRefusedNextToCode()
    {
        await new ProductBuilder().Coded("FL-3T").SaveAsync(_database);

        var result = await _admin.Products.CreateAsync(new ProductBuilder().Coded(" fl-3t ").Named("Another forklift").ToForm());

        Assert.Equal(("Code", "Product.CodeTaken"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(1, await ProductCountAsync());
    }

    [Fact]
    public async Task CON1_ChangingTheCodeToAnotherProductsCode_IsRefusedNextToCode()
    {
        await new ProductBuilder().Coded("FL-3T").SaveAsync(_database);
        var other = await new ProductBuilder().Coded("FL-5T").SaveAsync(_database);
        var form = (await _admin.Products.GetAsync(other.Id))!;
        form.Code = "FL-3T";

        var result = await _admin.Products.UpdateAsync(form);

        Assert.Equal(("Code", "Product.CodeTaken"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
    }

    [Fact]
    public async Task CON1_NegativeListPrice_IsRefusedNextToListPrice_AndNothingIsSaved()
    {
        var result = await _admin.Products.CreateAsync(new ProductBuilder().Priced(-1m).ToForm());

        Assert.Equal(("ListPrice", "Product.PriceNegative"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(0, await ProductCountAsync());
    }

    [Theory]
    [InlineData("0.10")]
    [InlineData("1234567.89")]
    [InlineData("9999999999999999.99")]
    public async Task CON1_ListPrice_IsStoredExactly_EvenOnSqlite(string amount)
    {
        var price = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var form = new ProductBuilder().Priced(price, "usd").ToForm();

        var id = (await _admin.Products.CreateAsync(form)).Id!.Value;

        Assert.Equal(new Money(price, "USD"), (await _admin.Products.ActiveProductsAsync(null)).Single(p => p.Id == id).ListPrice);
    }

    [Fact]
    public async Task CON1_DeactivatedProduct_IsHiddenFromThePicker_ButListedWithTheInactiveFilter()
    {
        var product = await new ProductBuilder().Coded("FL-2T").SaveAsync(_database);
        await new ProductBuilder().Coded("FL-3T").SaveAsync(_database);

        await _admin.Products.DeactivateAsync(product.Id);

        var rep = await SignInAsync(CrmRole.SalesRep);
        Assert.Equal(["FL-3T"], (await rep.Products.ActiveProductsAsync(null)).Select(p => p.Code));
        Assert.Equal(["FL-3T"], (await rep.Products.ListAsync(new PageRequest(0, 10))).Items.Select(p => p.Code));
        Assert.Equal([("FL-2T", false), ("FL-3T", true)], (await rep.Products.ListAsync(new PageRequest(0, 10), includeInactive: true)).Items.Select(p => (p.Code, p.IsActive)));
    }

    [Fact]
    public async Task CON1_ReactivatedProduct_IsOfferedAgain()
    {
        var product = await new ProductBuilder().Inactive().SaveAsync(_database);

        var result = await _admin.Products.ReactivateAsync(product.Id);

        Assert.True(result.Succeeded);
        Assert.Equal([product.Id], (await _admin.Products.ActiveProductsAsync(null)).Select(p => p.Id));
    }

    [Fact]
    public async Task CON1_DeactivatingAProductTwice_SaysItIsInactiveAlready()
    {
        var product = await new ProductBuilder().Inactive().SaveAsync(_database);

        var result = await _admin.Products.DeactivateAsync(product.Id);

        Assert.Equal((string.Empty, "Product.AlreadyInactive"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
    }

    [Fact]
    public async Task CON1_SavingAStaleCopy_IsRefusedWithAReadableError_AndWritesNothing()
    {
        var product = await new ProductBuilder().Priced(100m).SaveAsync(_database);
        var director = await SignInAsync(CrmRole.MarketingDirector);
        var adminCopy = (await _admin.Products.GetAsync(product.Id))!;
        var directorCopy = (await director.Products.GetAsync(product.Id))!;
        adminCopy.ListPrice = 90m;
        await _admin.Products.UpdateAsync(adminCopy);

        directorCopy.Name = "Renamed";
        var result = await director.Products.UpdateAsync(directorCopy);

        Assert.Equal((string.Empty, "Product.Conflict"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        var stored = (await _admin.Products.GetAsync(product.Id))!;
        Assert.Equal((90m, product.Name), (stored.ListPrice, stored.Name));
    }

    [Fact]
    public async Task CON1_AdministratorAndDirectorSavingTheSameVersionAtOnce_ExactlyOneWins()
    {
        var barrier = new SaveBarrier();
        await using var database = await TestDatabase.OnDiskAsync(barrier);
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var first = database.SignIn(await organisation.UserAsync(CrmRole.Administrator, east));
        var second = database.SignIn(await organisation.UserAsync(CrmRole.MarketingDirector, east));
        var product = await new ProductBuilder().Priced(100m).SaveAsync(database);
        var (firstCopy, secondCopy) = ((await first.Products.GetAsync(product.Id))!, (await second.Products.GetAsync(product.Id))!);
        firstCopy.ListPrice = 90m;
        secondCopy.ListPrice = 95m;

        barrier.Arm(parties: 2);
        var results = await Task.WhenAll(
            Task.Run(() => first.Products.UpdateAsync(firstCopy)),
            Task.Run(() => second.Products.UpdateAsync(secondCopy)));

        Assert.Equal([true, false], results.Select(r => r.Succeeded).OrderDescending());
        Assert.Equal("Product.Conflict", results.Single(r => !r.Succeeded).Errors[0].Code);
        var winner = results[0].Succeeded ? 90m : 95m;
        Assert.Equal(winner, (await first.Products.GetAsync(product.Id))!.ListPrice);
    }

    [Theory]
    [InlineData("fl-3", "FL-3T")]
    [InlineData("TYRE", "SP-TYRE")]
    [InlineData("叉车", "FL-3T")]
    [InlineData("_", "SP_FILTER")]
    public async Task CON1_Search_FindsTheCodeOrName_IgnoringCase(string search, string found)
    {
        await new ProductBuilder().Coded("FL-3T").Named("3吨电动叉车 (3 t electric forklift)").SaveAsync(_database);
        await new ProductBuilder().Coded("SP-TYRE").Named("实心轮胎 (solid tyre)").SaveAsync(_database);
        await new ProductBuilder().Coded("SP_FILTER").Named("液压滤芯 (hydraulic filter)").SaveAsync(_database);

        var page = await _admin.Products.ListAsync(new PageRequest(0, 10, Search: search));

        Assert.Equal([found], page.Items.Select(p => p.Code));
    }

    [Fact]
    public async Task CON1_Catalogue_IsPagedByCode_WithTheTotal()
    {
        foreach (var code in new[] { "TR-01", "FL-3T", "SV-YEAR", "SP-TYRE", "FL-2T" })
        {
            await new ProductBuilder().Coded(code).SaveAsync(_database);
        }

        var page = await _admin.Products.ListAsync(new PageRequest(1, 2));

        Assert.Equal(["SP-TYRE", "SV-YEAR"], page.Items.Select(p => p.Code));
        Assert.Equal(5, page.Total);
    }

    [Fact]
    public async Task SEC2_PriceChange_IsAudited_AsOneFieldWithItsCurrency()
    {
        var id = (await _admin.Products.CreateAsync(new ProductBuilder().Priced(128_000m).ToForm())).Id!.Value;
        var form = (await _admin.Products.GetAsync(id))!;
        form.ListPrice = 119_500m;

        await _admin.Products.UpdateAsync(form);

        await using var db = _database.CreateContext();
        var change = await db.AuditEntries.SingleAsync(a => a.EntityId == id && a.Action == AuditAction.Updated);
        Assert.Equal(("Product", "ListPrice", "CNY 128,000.00", "CNY 119,500.00", _administrator.Id), (change.EntityType, change.Field, change.OldValue, change.NewValue, change.ActorId));
    }

    private async Task<UserSession> SignInAsync(CrmRole role) => _database.SignIn(await _organisation.UserAsync(role, _east));

    private async Task<int> ProductCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Products.CountAsync();
    }
}
