using SalesCrm.Domain.Care;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Care;

/// <summary>CUS-4: birthdays and holidays a week ahead, and important customers due for personal care.</summary>
public sealed class CareServiceTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private GradeScenario _s = default!;

    public async Task InitializeAsync() => _s = await GradeScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task CUS4_ABirthdayWithin7Days_IsListed_OneFurtherAwayIsNot()
    {
        // The clock stands at 2 March 2026.
        var customer = await new CustomerBuilder().Named("嘉兴纺织有限公司")
            .WithContact("钱经理", phone: "13900000001", birthday: new DateOnly(1978, 3, 9))
            .WithContact("孙主任", phone: "13900000002", birthday: new DateOnly(1985, 3, 10))
            .SaveAsync(_s.Database, _s.Rep);

        var reminders = await _s.Database.SignIn(_s.Rep).Care.RemindersAsync();

        var birthday = Assert.Single(reminders.Birthdays);
        Assert.Equal((customer.Id, "钱经理", new DateOnly(2026, 3, 9), 7), (birthday.CustomerId, birthday.Contact, birthday.On, birthday.DaysAway));
        Assert.Empty(await BirthdaysOfAsync(_s.Database.SignIn(await _s.Contracts.Organisation.UserAsync(SalesCrm.Domain.Organisation.CrmRole.SalesRep, _s.Contracts.East))));
    }

    [Fact]
    public async Task CUS4_HolidaysWithin7Days_AreListed()
    {
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 9, 28, 8, 0, 0, TimeSpan.Zero));

        var reminders = await _s.Database.SignIn(_s.Rep).Care.RemindersAsync();

        // 2026: Mid-Autumn on 25 September has passed; National Day on 1 October is within the week.
        Assert.Equal([Holiday.NationalDay], reminders.Holidays.Select(h => h.Holiday));
    }

    [Fact]
    public async Task CUS4_AnATierCustomerWithoutCareFor90Days_IsDue_AndLeavesTheListAfterCareIsRecorded()
    {
        Assert.Empty(await _s.Database.SignIn(_s.Manager).Tiers.OverrideAsync(_s.Customer.Id, Tier.A, "集团采购潜力 Group purchasing potential"));
        await _s.CustomerAsync("普通客户有限公司");
        var care = _s.Database.SignIn(_s.Rep).Care;

        var due = Assert.Single((await care.DueAsync(FirstPage)).Items);
        Assert.Equal((_s.Customer.Id, Tier.A, (DateTimeOffset?)null), (due.CustomerId, due.Tier, due.LastCareAt));

        Assert.Equal(nameof(CareRecord.Note), Assert.Single(await care.RecordAsync(_s.Customer.Id, CareAction.Gift, " ")).Field);
        Assert.Empty(await care.RecordAsync(_s.Customer.Id, CareAction.Gift, "中秋月饼礼盒 Mid-Autumn mooncakes"));

        Assert.Empty((await care.DueAsync(FirstPage)).Items);
        Assert.Equal("中秋月饼礼盒 Mid-Autumn mooncakes", Assert.Single((await care.RecentAsync(FirstPage)).Items).Note);

        _s.Database.Time.Advance(TimeSpan.FromDays(90));
        Assert.Equal(CareAction.Gift, Assert.Single((await care.DueAsync(FirstPage)).Items).LastAction);
    }

    private static async Task<IReadOnlyList<SalesCrm.Web.Features.Care.BirthdayRow>> BirthdaysOfAsync(UserSession session) =>
        (await session.Care.RemindersAsync()).Birthdays;
}
