using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Tests.Web.Visits;

/// <summary>TIER-3: A-tier customers behind on visits this quarter, per account manager, per region and for the director.</summary>
public sealed class ComplianceServiceTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private static readonly ComplianceFilter Everyone = new(BehindOnly: false);
    private TestDatabase _database = default!;
    private VisitScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await VisitScenario.CreateAsync(_database);
        await _s.GradedAAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task TIER3_OneVisitThisQuarter_IsBehind_TwoAreNot()
    {
        var compliance = _database.SignIn(_s.AccountManager).Compliance;
        await _s.LoggedAsync(_s.AccountManager);

        var afterOne = Assert.Single((await compliance.ListAsync(new ComplianceFilter(), FirstPage)).Items);
        await _s.LoggedAsync(_s.Manager);
        var behindAfterTwo = await compliance.ListAsync(new ComplianceFilter(), FirstPage);
        var afterTwo = Assert.Single((await compliance.ListAsync(Everyone, FirstPage)).Items);

        Assert.Equal((1, 2, true, 1, "刘洋"), (afterOne.Visits, afterOne.Required, afterOne.Behind, afterOne.Missing, afterOne.AccountManager));
        Assert.Empty(behindAfterTwo.Items);
        Assert.Equal((2, false), (afterTwo.Visits, afterTwo.Behind));
    }

    [Fact]
    public async Task TIER3_AVisitByTheRep_ACallByTheAccountManager_AndAVisitLastQuarter_DoNotCount()
    {
        await _s.LoggedAsync(_s.Rep);
        await _s.LoggedAsync(_s.AccountManager, _s.Form(ContactKind.Phone));
        var lastQuarter = _s.Form();
        lastQuarter.OccurredAt = new DateTimeOffset(2025, 12, 31, 23, 59, 0, TimeSpan.FromHours(8));
        await _s.LoggedAsync(_s.AccountManager, lastQuarter);

        var row = Assert.Single((await _database.SignIn(_s.Manager).Compliance.ListAsync(Everyone, FirstPage)).Items);

        Assert.Equal((0, true), (row.Visits, row.Behind));
    }

    [Fact]
    public async Task TIER3_ALostCustomerOwesNoVisits_ButOneThatCameBackDoesAgain()
    {
        var compliance = _database.SignIn(_s.AccountManager).Compliance;
        var reason = SalesCrm.Domain.Customers.LostReason.Create("Price", "价格");
        await using (var db = _database.CreateContext())
        {
            db.LostReasons.Add(reason);
            var customer = await db.Customers.FindAsync(_s.Customer.Id);
            customer!.MarkLost(reason.Id, "改用竞争对手 Went to a competitor", _s.Now);
            await db.SaveChangesAsync();
        }

        var whileLost = await compliance.ListAsync(Everyone, FirstPage);
        await using (var db = _database.CreateContext())
        {
            var customer = await db.Customers.FindAsync(_s.Customer.Id);
            db.OnboardingNotices.Add(customer!.Reactivate("回归 Came back", _s.Now));
            await db.SaveChangesAsync();
        }

        Assert.Empty(whileLost.Items);
        Assert.Equal(_s.Customer.Id, Assert.Single((await compliance.ListAsync(Everyone, FirstPage)).Items).CustomerId);
    }

    [Fact]
    public async Task TIER3_DaysLeft_CountToday_UntilTheQuarterEnds()
    {
        var compliance = _database.SignIn(_s.AccountManager).Compliance;

        var monday = compliance.Period();
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 15, 59, 0, TimeSpan.Zero));
        var lastDay = compliance.Period();
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero));
        var firstOfApril = compliance.Period();

        Assert.Equal(("2026 Q1", 30, 2), (monday.Quarter.ToString(), monday.DaysLeft, monday.Required));
        Assert.Equal(("2026 Q1", 1), (lastDay.Quarter.ToString(), lastDay.DaysLeft));
        Assert.Equal(("2026 Q2", 91), (firstOfApril.Quarter.ToString(), firstOfApril.DaysLeft));
    }

    [Fact]
    public async Task TIER3_EachRoleSeesWhatItAnswersFor()
    {
        var westCustomer = await _s.GradedAAsync(await new CustomerBuilder().Named("广州物流有限公司").SaveAsync(_database, _s.WestRep));
        var notA = await new CustomerBuilder().Named("宁波机械有限公司").ManagedBy(_s.AccountManager).SaveAsync(_database, _s.Rep);

        var mine = await _database.SignIn(_s.AccountManager).Compliance.ListAsync(Everyone, FirstPage);
        var region = await _database.SignIn(_s.Manager).Compliance.ListAsync(Everyone, FirstPage);
        var all = await _database.SignIn(_s.Director).Compliance.ListAsync(Everyone, FirstPage);
        var west = await _database.SignIn(_s.Director).Compliance.ListAsync(new ComplianceFilter(false, _s.West.Id), FirstPage);
        var summary = await _database.SignIn(_s.Director).Compliance.SummaryAsync();

        Assert.Equal(["杭州物流有限公司"], mine.Items.Select(r => r.Customer));
        Assert.Equal(["杭州物流有限公司"], region.Items.Select(r => r.Customer));
        Assert.Equal(["广州物流有限公司", "杭州物流有限公司"], all.Items.Select(r => r.Customer).Order());
        Assert.Equal([westCustomer.Id], west.Items.Select(r => r.CustomerId));
        Assert.DoesNotContain(all.Items, r => r.CustomerId == notA.Id);
        Assert.Equal((2, 2), (summary.ATier, summary.Behind));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_s.Rep).Compliance.ListAsync(Everyone, FirstPage));
    }
}
