using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Auth;

/// <summary>
/// SEC-1, enforced in the service on every read and write. The expected values are written out from SPEC SEC-1 and
/// the CustomerAccess summary, not computed from CustomerAccess, so a change to the rules has to change this table.
/// </summary>
public sealed class CustomerAccessTableTests
{
    private const bool Yes = true;
    private const bool No = false;

    /// <summary>Whose customer the signed-in user (who works in the East region) is looking at.</summary>
    public enum Whose
    {
        Own,
        SameRegionColleagues,
        OtherRegions,

        /// <summary>Owned by a colleague in the same region, with the signed-in user as its dedicated account manager (TIER-2).</summary>
        ManagedByThem,
    }

    private static readonly (CrmRole Role, Whose Customer, bool List, bool Read, bool EditProfile, bool EditTerms)[] Table =
    [
        // role                       customer                       list read edit terms
        (CrmRole.SalesRep,            Whose.Own,                     Yes, Yes, Yes, Yes),
        (CrmRole.SalesRep,            Whose.SameRegionColleagues,    No,  No,  No,  No),
        (CrmRole.SalesRep,            Whose.OtherRegions,            No,  No,  No,  No),
        (CrmRole.AccountManager,      Whose.Own,                     Yes, Yes, Yes, Yes),
        (CrmRole.AccountManager,      Whose.ManagedByThem,           Yes, Yes, Yes, Yes),
        (CrmRole.AccountManager,      Whose.SameRegionColleagues,    No,  No,  No,  No),
        (CrmRole.AccountManager,      Whose.OtherRegions,            No,  No,  No,  No),
        (CrmRole.SalesManager,        Whose.Own,                     Yes, Yes, Yes, Yes),
        (CrmRole.SalesManager,        Whose.SameRegionColleagues,    Yes, Yes, Yes, Yes),
        (CrmRole.SalesManager,        Whose.OtherRegions,            No,  No,  No,  No),
        (CrmRole.MarketingDirector,   Whose.Own,                     Yes, Yes, Yes, Yes),
        (CrmRole.MarketingDirector,   Whose.SameRegionColleagues,    Yes, Yes, Yes, Yes),
        (CrmRole.MarketingDirector,   Whose.OtherRegions,            Yes, Yes, Yes, Yes),
        (CrmRole.ServiceAgent,        Whose.Own,                     Yes, Yes, Yes, No),
        (CrmRole.ServiceAgent,        Whose.SameRegionColleagues,    Yes, Yes, Yes, No),
        (CrmRole.ServiceAgent,        Whose.OtherRegions,            No,  No,  No,  No),
        (CrmRole.ServiceManager,      Whose.Own,                     Yes, Yes, Yes, No),
        (CrmRole.ServiceManager,      Whose.SameRegionColleagues,    Yes, Yes, Yes, No),
        (CrmRole.ServiceManager,      Whose.OtherRegions,            No,  No,  No,  No),
        (CrmRole.Legal,               Whose.Own,                     No,  No,  No,  No),
        (CrmRole.Legal,               Whose.SameRegionColleagues,    No,  No,  No,  No),
        (CrmRole.Legal,               Whose.OtherRegions,            No,  No,  No,  No),
        (CrmRole.Collector,           Whose.Own,                     No,  No,  No,  No),
        (CrmRole.Collector,           Whose.SameRegionColleagues,    No,  No,  No,  No),
        (CrmRole.Collector,           Whose.OtherRegions,            No,  No,  No,  No),
        (CrmRole.Administrator,       Whose.Own,                     Yes, Yes, Yes, Yes),
        (CrmRole.Administrator,       Whose.SameRegionColleagues,    Yes, Yes, Yes, Yes),
        (CrmRole.Administrator,       Whose.OtherRegions,            Yes, Yes, Yes, Yes),
    ];

    public static TheoryData<CrmRole, Whose, bool> ListColumn => Column(row => row.List);

    public static TheoryData<CrmRole, Whose, bool> ReadColumn => Column(row => row.Read);

    public static TheoryData<CrmRole, Whose, bool> EditProfileColumn => Column(row => row.EditProfile);

    public static TheoryData<CrmRole, Whose, bool> EditTermsColumn => Column(row => row.EditTerms);

    [Fact]
    public void Table_CoversEveryRoleAndEveryCustomer()
    {
        var expected = Enum.GetValues<CrmRole>().SelectMany(r => new[] { Whose.Own, Whose.SameRegionColleagues, Whose.OtherRegions }.Select(w => (r, w)));

        Assert.Subset(Table.Select(row => (row.Role, row.Customer)).ToHashSet(), expected.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ListColumn))]
    public async Task List_ShowsTheCustomerOnlyWhereTheTableAllows(CrmRole role, Whose customer, bool allowed)
    {
        await using var scene = await AccessScene.CreateAsync(role, customer);

        var page = await scene.Viewer.Customers.ListAsync(new PageRequest(0, 100));

        Assert.Equal(allowed, page.Items.Any(c => c.Id == scene.CustomerId));
    }

    [Theory]
    [MemberData(nameof(ReadColumn))]
    public async Task Read_ReturnsTheCustomerOnlyWhereTheTableAllows(CrmRole role, Whose customer, bool allowed)
    {
        await using var scene = await AccessScene.CreateAsync(role, customer);

        var view = await scene.Viewer.Customers.GetAsync(scene.CustomerId);

        Assert.Equal(allowed, view is not null);
    }

    [Theory]
    [MemberData(nameof(EditProfileColumn))]
    public async Task EditingTheProfile_SavesOnlyWhereTheTableAllows(CrmRole role, Whose customer, bool allowed)
    {
        await using var scene = await AccessScene.CreateAsync(role, customer);
        var form = await scene.DirectorsCopyAsync();
        form.Name = "Renamed by " + role;

        var result = await scene.Viewer.Customers.UpdateAsync(form);

        Assert.Equal(allowed, result.Outcome == SaveOutcome.Saved);
        Assert.Equal(allowed, (await scene.StoredAsync()).Name == form.Name);
    }

    [Theory]
    [MemberData(nameof(EditTermsColumn))]
    public async Task ChangingTheSettlementMethod_SavesOnlyWhereTheTableAllows(CrmRole role, Whose customer, bool allowed)
    {
        await using var scene = await AccessScene.CreateAsync(role, customer);
        var form = await scene.DirectorsCopyAsync();
        form.Settlement = SettlementMethod.Monthly;

        var result = await scene.Viewer.Customers.UpdateAsync(form);

        Assert.Equal(allowed, result.Outcome == SaveOutcome.Saved);
        Assert.Equal(allowed ? SettlementMethod.Monthly : SettlementMethod.Cash, (await scene.StoredAsync()).Settlement);
    }

    [Fact]
    public async Task DeniedRead_LooksExactlyLikeACustomerThatDoesNotExist()
    {
        await using var scene = await AccessScene.CreateAsync(CrmRole.SalesRep, Whose.SameRegionColleagues);
        var form = await scene.DirectorsCopyAsync();
        var missing = await scene.DirectorsCopyAsync();
        missing.Id = Guid.NewGuid();

        var denied = (await scene.Viewer.Customers.GetAsync(scene.CustomerId), await scene.Viewer.Customers.UpdateAsync(form),
            await scene.Viewer.Customers.HistoryAsync(scene.CustomerId, new PageRequest(0, 10)));
        var absent = (await scene.Viewer.Customers.GetAsync(missing.Id.Value), await scene.Viewer.Customers.UpdateAsync(missing),
            await scene.Viewer.Customers.HistoryAsync(missing.Id.Value, new PageRequest(0, 10)));

        Assert.Equal(absent, denied);
        Assert.Equal((null, SaveOutcome.NotFound, null), (denied.Item1, denied.Item2.Outcome, denied.Item3));
    }

    [Fact]
    public async Task ServiceAgentChangingTerms_GetsAFieldErrorOnSettlement()
    {
        await using var scene = await AccessScene.CreateAsync(CrmRole.ServiceAgent, Whose.SameRegionColleagues);
        var form = await scene.DirectorsCopyAsync();
        form.Credit = CreditStanding.Good;

        var result = await scene.Viewer.Customers.UpdateAsync(form);

        Assert.Equal((SaveOutcome.Invalid, "Settlement", "Customer.TermsNotAllowed"), (result.Outcome, result.Errors![0].Field, result.Errors[0].Code));
    }

    [Fact]
    public async Task SearchingTheContactPhoneOfAnotherRepsCustomer_FindsNothing() // OWN-3: no contact details of others
    {
        await using var scene = await AccessScene.CreateAsync(CrmRole.SalesRep, Whose.SameRegionColleagues);

        var page = await scene.Viewer.Customers.ListAsync(new PageRequest(0, 10, Search: "138 0013 8000"));

        Assert.Equal(0, page.Total);
    }

    private static TheoryData<CrmRole, Whose, bool> Column(Func<(CrmRole Role, Whose Customer, bool List, bool Read, bool EditProfile, bool EditTerms), bool> column)
    {
        var data = new TheoryData<CrmRole, Whose, bool>();
        foreach (var row in Table)
        {
            data.Add(row.Role, row.Customer, column(row));
        }

        return data;
    }

    /// <summary>Two regions; the viewer works in East; the customer belongs to whoever the row names.</summary>
    private sealed class AccessScene(TestDatabase database, UserSession viewer, UserSession director, Guid customerId) : IAsyncDisposable
    {
        public UserSession Viewer => viewer;

        public Guid CustomerId => customerId;

        public static async Task<AccessScene> CreateAsync(CrmRole role, Whose whose)
        {
            var database = await TestDatabase.InMemoryAsync();
            var organisation = new OrganisationBuilder(database);
            var east = await organisation.RegionAsync("East");
            var west = await organisation.RegionAsync("West");
            var viewer = await organisation.UserAsync(role, east);
            var owner = whose switch
            {
                Whose.Own => viewer,
                Whose.OtherRegions => await organisation.UserAsync(CrmRole.SalesRep, west),
                _ => await organisation.UserAsync(CrmRole.SalesRep, east),
            };
            var builder = new CustomerBuilder().WithContact("Li Lei", "138-0013-8000").WithTerms(SettlementMethod.Cash);
            var customer = await (whose == Whose.ManagedByThem ? builder.ManagedBy(viewer) : builder).SaveAsync(database, owner);
            var director = await organisation.UserAsync(CrmRole.MarketingDirector, east);
            return new AccessScene(database, database.SignIn(viewer), database.SignIn(director), customer.Id);
        }

        /// <summary>The form as the director (who sees everything) opens it: what a user without access would have to forge.</summary>
        public async Task<CustomerFormModel> DirectorsCopyAsync() => (await director.Customers.GetAsync(customerId))!.Data;

        public async Task<Customer> StoredAsync()
        {
            await using var db = database.CreateContext();
            return await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
        }

        public ValueTask DisposeAsync() => database.DisposeAsync();
    }
}
