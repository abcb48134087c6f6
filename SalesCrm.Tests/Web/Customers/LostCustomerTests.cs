using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;

namespace SalesCrm.Tests.Web.Customers;

/// <summary>CUS-3: the managed list of lost reasons, marking a customer lost, and the churn analysis.</summary>
public sealed class LostCustomerTests : IAsyncLifetime
{
    private GradeScenario _s = default!;

    public async Task InitializeAsync() => _s = await GradeScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task CUS3_MarkingLostWithoutAReason_IsRefusedNextToTheReasonField_AndNothingChanges()
    {
        var errors = await _s.Database.SignIn(_s.Rep).Lost.MarkLostAsync(_s.Customer.Id, null, "客户不再采购 No longer buys");

        Assert.Equal(nameof(Customer.LostReasonId), Assert.Single(errors).Field);
        Assert.Equal(CustomerStatus.Prospect, (await _s.ReloadAsync()).Status);
    }

    [Fact]
    public async Task CUS3_TheOwner_MarksTheCustomerLost_WithAReasonAndText_AndTheOverviewShowsIt()
    {
        var price = await _s.LostReasonAsync("Price too high", "价格过高");

        Assert.Empty(await _s.Database.SignIn(_s.Rep).Lost.MarkLostAsync(_s.Customer.Id, price, "报价高于预算 Over budget"));

        var standing = (await _s.Database.SignIn(_s.Rep).Customers.GetAsync(_s.Customer.Id))!.Standing!;
        Assert.Equal((true, "Price too high", "报价高于预算 Over budget"), (standing.IsLost, standing.LostReason!.En, standing.LostNote));
    }

    [Fact]
    public async Task CUS3_ALostCustomer_IsNotMadeActiveByEditingItsStatus_ButByReactivating()
    {
        var price = await _s.LostReasonAsync("Price too high", "价格过高");
        Assert.Empty(await _s.Database.SignIn(_s.Rep).Lost.MarkLostAsync(_s.Customer.Id, price, "Over budget"));
        var customers = _s.Database.SignIn(_s.Rep).Customers;
        var form = (await customers.GetAsync(_s.Customer.Id))!.Data;
        form.Status = CustomerStatus.Active;

        var saved = await customers.UpdateAsync(form);

        Assert.Equal(nameof(SalesCrm.Web.Features.Customers.CustomerFormModel.Status), Assert.Single(saved.Errors!).Field);
        Assert.Equal(CustomerStatus.Lost, (await _s.ReloadAsync()).Status);
    }

    [Fact]
    public async Task CUS3_ADeactivatedReason_IsNoLongerOffered_AndOnlyTheDirectorKeepsTheList()
    {
        var price = await _s.LostReasonAsync("Price too high", "价格过高");

        Assert.Empty(await _s.Database.SignIn(_s.Director).Lost.DeactivateReasonAsync(price));

        Assert.Empty(await _s.Database.SignIn(_s.Rep).Lost.ReasonsAsync(activeOnly: true));
        Assert.Equal(nameof(Customer.LostReasonId), Assert.Single(await _s.Database.SignIn(_s.Rep).Lost.MarkLostAsync(_s.Customer.Id, price, "Over budget")).Field);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Manager).Lost.AddReasonAsync("Moved away", "搬迁"));
    }

    [Fact]
    public async Task CUS3_TheChurnAnalysis_CountsLostCustomersByReasonTierRegionAndMonth()
    {
        var price = await _s.LostReasonAsync("Price too high", "价格过高");
        var competitor = await _s.LostReasonAsync("Went to a competitor", "转向竞争对手");
        var second = await _s.CustomerAsync("苏州精密机械有限公司");
        var third = await _s.CustomerAsync("无锡电气股份有限公司");
        var manager = _s.Database.SignIn(_s.Manager).Lost;
        Assert.Empty(await manager.MarkLostAsync(_s.Customer.Id, price, "Over budget"));
        _s.Database.Time.Advance(TimeSpan.FromDays(35));
        Assert.Empty(await manager.MarkLostAsync(second.Id, price, "Over budget again"));
        Assert.Empty(await manager.MarkLostAsync(third.Id, competitor, "Chose a rival"));

        var churn = await manager.ChurnAsync();

        Assert.Equal(3, churn.Lost);
        Assert.Equal([("Price too high", 2), ("Went to a competitor", 1)], churn.ByReason.Select(r => (r.Key.En, r.Count)));
        Assert.Equal(3, churn.ByTier.Single(t => t.Key == Tier.C).Count);
        Assert.Equal(("East", 3), (Assert.Single(churn.ByRegion).Key, churn.ByRegion[0].Count));
        Assert.Equal(12, churn.ByMonth.Count);
        Assert.Equal([(new DateOnly(2026, 3, 1), 1), (new DateOnly(2026, 4, 1), 2)], churn.ByMonth.Where(m => m.Count > 0).Select(m => (m.Key, m.Count)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Rep).Lost.ChurnAsync());
    }
}
