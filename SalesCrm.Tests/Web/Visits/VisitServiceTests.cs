using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Visits;

/// <summary>VIS-1/VIS-2 through the visit service, on a real database, with SEC-1's access through the customer.</summary>
public sealed class VisitServiceTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private TestDatabase _database = default!;
    private VisitScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await VisitScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task VIS1_LoggingAContact_StoresIt_AndCountsAsContactWithTheCustomer()
    {
        _database.Time.Advance(TimeSpan.FromDays(2));
        var form = _s.Form(ContactKind.Phone);

        await _s.LoggedAsync(_s.Rep, form);

        var rows = await _database.SignIn(_s.Rep).Visits.ForCustomerAsync(_s.Customer.Id, FirstPage);
        var row = Assert.Single(rows!.Items);
        Assert.Equal((ContactKind.Phone, form.OccurredAt!.Value, _s.Now, "张伟", false), (row.Kind, row.OccurredAt, row.EnteredAt, row.Author, row.IsLateEntry));
        await using var db = _database.CreateContext();
        Assert.Equal(form.OccurredAt, (await db.Customers.SingleAsync(c => c.Id == _s.Customer.Id)).LastContactAt);
    }

    [Fact]
    public async Task VIS2_AClaimedTimeInTheFuture_IsRefusedNextToTheTimeField_AndNothingIsStored()
    {
        var form = _s.Form();
        form.OccurredAt = _s.Now.AddMinutes(5);

        var result = await _database.SignIn(_s.Rep).Visits.LogAsync(form);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("OccurredAt", "Visit.OccurredInFuture"), (error.Field, error.Code));
        await using var db = _database.CreateContext();
        Assert.False(await db.ContactLogs.AnyAsync());
    }

    [Fact]
    public async Task VIS2_AnEntry72HoursAfterTheContact_IsNotLate_AMinuteMoreIs()
    {
        await _s.LoggedAsync(_s.Rep, _s.Form(ago: TimeSpan.FromHours(72)));
        await _s.LoggedAsync(_s.Rep, _s.Form(ago: TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1)));

        var rows = (await _database.SignIn(_s.Rep).Visits.ForCustomerAsync(_s.Customer.Id, FirstPage))!.Items;

        Assert.Equal([false, true], rows.Select(r => r.IsLateEntry));
    }

    [Fact]
    public async Task VIS2_AnEditAfter24Hours_KeepsThePreviousVersion_VisibleInTheHistory()
    {
        var id = await _s.LoggedAsync(_s.Rep);
        _database.Time.Advance(TimeSpan.FromHours(25));
        var visits = _database.SignIn(_s.Rep).Visits;
        var form = _s.Form();
        form.OccurredAt = _s.Now.AddHours(-26);
        form.Notes = "客户要求分期付款 The customer asks to pay in instalments";

        Assert.Empty(await visits.EditAsync(id, form));

        var view = await visits.GetAsync(id);
        Assert.Equal("客户要求分期付款 The customer asks to pay in instalments", view!.Current.Notes);
        Assert.True(view.Current.IsEdited);
        var version = Assert.Single(view.Versions);
        Assert.Equal(("讨论叉车维保 Discussed forklift maintenance", "张伟", _s.Now), (version.Version.Notes, version.ReplacedBy, version.Version.ReplacedAt));
    }

    [Fact]
    public async Task VIS2_AnEditWithin24Hours_ChangesTheRecordInPlace()
    {
        var id = await _s.LoggedAsync(_s.Rep);
        var visits = _database.SignIn(_s.Rep).Visits;
        var form = _s.Form();
        form.Notes = "更正 Corrected";

        Assert.Empty(await visits.EditAsync(id, form));

        var view = await visits.GetAsync(id);
        Assert.Equal("更正 Corrected", view!.Current.Notes);
        Assert.Empty(view.Versions);
    }

    [Fact]
    public async Task VIS2_TheAuthorDeletesWithin24Hours_ButNotAfter()
    {
        var early = await _s.LoggedAsync(_s.Rep);
        var late = await _s.LoggedAsync(_s.Rep);
        var visits = _database.SignIn(_s.Rep).Visits;

        Assert.Empty(await visits.DeleteAsync(early));
        _database.Time.Advance(TimeSpan.FromHours(24));
        var error = Assert.Single(await visits.DeleteAsync(late));

        Assert.Equal("Visit.DeleteLocked", error.Code);
        Assert.False((await visits.ForCustomerAsync(_s.Customer.Id, FirstPage))!.Items.Single().CanDelete);
        await using var db = _database.CreateContext();
        Assert.Equal([late], await db.ContactLogs.Select(l => l.Id).ToListAsync());
    }

    [Fact]
    public async Task SEC1_ARepOfAnotherRegion_OrAnotherRepsCustomer_GetsNotFound()
    {
        var id = await _s.LoggedAsync(_s.Rep);

        foreach (var outsider in new[] { _s.WestRep, _s.OtherRep })
        {
            var visits = _database.SignIn(outsider).Visits;
            Assert.Null(await visits.ForCustomerAsync(_s.Customer.Id, FirstPage));
            Assert.Null(await visits.GetAsync(id));
            Assert.Equal("Visit.NotFound", Assert.Single(await visits.EditAsync(id, _s.Form())).Code);
            Assert.Equal("Visit.NotFound", Assert.Single(await visits.DeleteAsync(id)).Code);
            Assert.Equal("Customer.NotFound", Assert.Single((await visits.LogAsync(_s.Form())).Errors).Code);
        }
    }

    [Fact]
    public async Task VIS2_OnlyTheAuthorCorrectsARecord_TheAccountManagerReadsIt()
    {
        var id = await _s.LoggedAsync(_s.Rep);
        var visits = _database.SignIn(_s.AccountManager).Visits;

        var row = (await visits.ForCustomerAsync(_s.Customer.Id, FirstPage))!.Items.Single();
        var error = Assert.Single(await visits.EditAsync(id, _s.Form()));

        Assert.Equal((false, false), (row.CanEdit, row.CanDelete));
        Assert.Equal("Visit.NotAuthor", error.Code);
    }

    [Fact]
    public async Task VIS2_LateEntries_AreListedForTheRegionsManager_NotForAnotherRegions()
    {
        await _s.LoggedAsync(_s.Rep, _s.Form(ago: TimeSpan.FromDays(5)));
        await _s.LoggedAsync(_s.Rep);

        var east = await _database.SignIn(_s.Manager).Visits.LateEntriesAsync(FirstPage);
        var west = await _database.SignIn(_s.WestManager).Visits.LateEntriesAsync(FirstPage);
        var all = await _database.SignIn(_s.Director).Visits.LateEntriesAsync(FirstPage);

        var entry = Assert.Single(east.Items);
        Assert.Equal(("张伟", "杭州物流有限公司", TimeSpan.FromDays(5)), (entry.Author, entry.Customer, entry.Late));
        Assert.Empty(west.Items);
        Assert.Single(all.Items);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_s.Rep).Visits.LateEntriesAsync(FirstPage));
    }
}
