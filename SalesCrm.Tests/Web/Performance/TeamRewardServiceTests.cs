using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Performance;

// KPI-4: a region's team reward on its new customers' signings in a quarter, with each contributing contract.
public sealed class TeamRewardServiceTests : IAsyncLifetime
{
    private static readonly Period Q1 = Period.Quarter(2026, 1);

    private ContractScenario _s = null!;

    public async Task InitializeAsync() => _s = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task KPI4_TwoPercentOfANewCustomersSignings_WithEachContract_AndNoExtraRewardForOneNewATierCustomer()
    {
        var first = await _s.SignedContractAsync();
        await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());
        Assert.Empty(await _s.Database.SignIn(_s.Manager).Tiers.OverrideAsync(_s.Customer.Id, Tier.A, "战略客户 Strategic account"));

        var report = await _s.Database.SignIn(_s.Manager).Performance.TeamRewardAsync(Q1, _s.East.Id);

        Assert.Equal((2_560_000m, 51_200m, 1, 0m, 51_200m),
            (report.Reward.SignedTotal, report.Reward.RateReward, report.Reward.NewATierCustomers, report.Reward.Bonus, report.Reward.Total));
        Assert.Equal([(first, 25_600m, true), (report.Contracts[1].ContractId, 25_600m, true)], report.Contracts.Select(c => (c.ContractId, c.Reward, c.NewATier)));
        Assert.Equal("杭州物流有限公司", report.Contracts[0].Customer);
    }

    [Fact]
    public async Task KPI4_ACustomerWhoseFirstSigningWasInAnEarlierQuarter_IsNotNewAndEarnsNoReward()
    {
        await _s.SignedContractAsync();
        _s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 10, 2, 0, 0, TimeSpan.Zero));
        await _s.SignedContractAsync(await _s.NegotiatingOpportunityAsync());

        var report = await _s.Database.SignIn(_s.Manager).Performance.TeamRewardAsync(Period.Quarter(2026, 2), _s.East.Id);

        Assert.Empty(report.Contracts);
        Assert.Equal(0m, report.Reward.Total);
    }

    [Fact]
    public async Task KPI4_ARepSeesNoTeamReward_AndAManagerNoneOfAnotherRegion()
    {
        var south = await _s.Organisation.RegionAsync("South");

        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Rep).Performance.TeamRewardAsync(Q1, _s.East.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Manager).Performance.TeamRewardAsync(Q1, south.Id));
    }
}
