using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Tiers;

namespace SalesCrm.Tests.Web.Tiers;

/// <summary>TIER-1/TIER-2 in the services: grading from signed contracts, the nightly regrading, overrides and account managers.</summary>
public sealed class TierServiceTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private GradeScenario _s = default!;

    public async Task InitializeAsync() => _s = await GradeScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private TierService ManagerTiers => _s.Database.SignIn(_s.Manager).Tiers;

    [Fact]
    public async Task TIER1_SigningA6MillionContract_MakesTheCustomerA_InTheSameSave()
    {
        await _s.SignAsync(unitPrice: 600_000m);

        var customer = await _s.ReloadAsync();
        Assert.Equal((Tier.A, Tier.A), (customer.ComputedTier, customer.EffectiveTier));
        await using var db = _s.Database.CreateContext();
        var change = await db.AuditEntries.SingleAsync(a => a.EntityId == customer.Id && a.Field == nameof(Customer.ComputedTier) && a.NewValue == "A");
        Assert.Equal(_s.Rep.DisplayName, change.ActorName);
    }

    [Fact]
    public async Task TIER1_TheNightlyJob_LowersTheGrade_12MonthsAndOneDayAfterSigning()
    {
        await _s.SignAsync(unitPrice: 600_000m);
        var session = _s.Database.SignIn(_s.Manager);
        using var job = new TierJob(session.Services.GetRequiredService<IServiceScopeFactory>(), _s.Database.Time, Options.Create(new TierOptions()), NullLogger<TierJob>.Instance);
        await job.StartAndRunAsync(_s.Database.Time);
        Assert.Equal(Tier.A, (await _s.ReloadAsync()).ComputedTier);

        await job.RunAtAsync(_s.Database.Time, TestDatabase.Start.AddMonths(12).AddDays(1));

        await job.StopAsync(CancellationToken.None);
        Assert.Equal(Tier.C, (await _s.ReloadAsync()).ComputedTier);
        await using var db = _s.Database.CreateContext();
        var change = await db.AuditEntries.OrderBy(a => a.Id).LastAsync(a => a.EntityId == _s.Customer.Id && a.Field == nameof(Customer.ComputedTier));
        Assert.Equal(("A", "C", TierService.Nightly.Name), (change.OldValue, change.NewValue, change.ActorName));
    }

    [Fact]
    public async Task TIER1_CAL1_OnTheSameCompanyDayAYearAfterSigning_TheContractHasDroppedOut_TheDayBeforeItStillCounts()
    {
        await _s.SignAsync(unitPrice: 600_000m);
        // Signed on 2 March 2026 (Beijing): it counts up to the end of 1 March 2027 in Beijing, 16:00 UTC that day.
        var edge = new DateTimeOffset(2027, 3, 1, 16, 0, 0, TimeSpan.Zero);

        _s.Database.Time.SetUtcNow(edge.AddTicks(-1));
        Assert.Equal(0, await ManagerTiers.RegradeAllAsync());
        Assert.Equal(Tier.A, (await _s.ReloadAsync()).ComputedTier);

        _s.Database.Time.SetUtcNow(edge);
        Assert.Equal(1, await ManagerTiers.RegradeAllAsync());
        Assert.Equal(Tier.C, (await _s.ReloadAsync()).ComputedTier);
    }

    [Fact]
    public async Task TIER1_TerminatingTheSignedContract_LowersTheGradeAtOnce()
    {
        var id = await _s.SignAsync(unitPrice: 600_000m);

        Assert.Empty(await _s.Contracts.RepContracts.TerminateAsync(id, "客户破产 The customer went bankrupt"));

        Assert.Equal(Tier.C, (await _s.ReloadAsync()).ComputedTier);
    }

    [Fact]
    public async Task TIER1_ACancelledContract_NeverCounts_AndCancellingLeavesTheSignedOnesGrade()
    {
        await _s.SignAsync(unitPrice: 150_000m);
        var draft = await _s.Contracts.DraftAsync(600_000m, await _s.Contracts.NegotiatingOpportunityAsync());

        Assert.Empty(await _s.Contracts.RepContracts.CancelAsync(draft, "客户改变主意 The customer changed its mind"));

        Assert.Equal(Tier.B, (await _s.ReloadAsync()).ComputedTier);
    }

    [Fact]
    public async Task TIER1_TwoSignedContracts_AddUp_AndThresholdsHoldAtTheirEdges()
    {
        await _s.SignAsync(unitPrice: 128_000m);
        Assert.Equal(Tier.B, (await _s.ReloadAsync()).ComputedTier);

        await _s.SignAsync(unitPrice: 372_000m);

        // Exactly 5,000,000 is B: A needs more than the threshold.
        Assert.Equal(Tier.B, (await _s.ReloadAsync()).ComputedTier);
        await _s.SignAsync(unitPrice: 128_000m);
        Assert.Equal(Tier.A, (await _s.ReloadAsync()).ComputedTier);
    }

    [Fact]
    public async Task TIER1_AnOverrideWithoutAReason_IsRefusedNextToTheReasonField()
    {
        var errors = await ManagerTiers.OverrideAsync(_s.Customer.Id, Tier.A, "  ");

        Assert.Equal(nameof(Customer.TierOverrideReason), Assert.Single(errors).Field);
        Assert.Null((await _s.ReloadAsync()).TierOverride);
    }

    [Fact]
    public async Task TIER1_ARep_CannotOverrideTheGrade()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Rep).Tiers.OverrideAsync(_s.Customer.Id, Tier.A, "Big group"));

        Assert.Null((await _s.ReloadAsync()).TierOverride);
    }

    [Fact]
    public async Task TIER1_TheManagersOverride_GivesTheGrade_IsListedWithItsReason_AndClearingItGoesBackToTheAmount()
    {
        Assert.Empty(await ManagerTiers.OverrideAsync(_s.Customer.Id, Tier.A, "集团采购潜力 Group purchasing potential"));

        var customer = await _s.ReloadAsync();
        Assert.Equal((Tier.A, true), (customer.EffectiveTier, customer.TierIsOverridden));
        var change = Assert.Single((await _s.Database.SignIn(_s.Rep).Tiers.ChangesAsync(FirstPage)).Items);
        Assert.Equal((true, Tier.A, "集团采购潜力 Group purchasing potential", _s.Manager.DisplayName), (change.IsOverride, change.To, change.Reason, change.By));

        Assert.Empty(await ManagerTiers.ClearOverrideAsync(_s.Customer.Id));
        Assert.Equal(Tier.C, (await _s.ReloadAsync()).EffectiveTier);
        Assert.Equal(2, (await ManagerTiers.ChangesAsync(FirstPage)).Total);
    }

    [Fact]
    public async Task TIER2_AnATierCustomerWithoutAccountManager_IsListedAndFlagged_UntilOneIsAssigned()
    {
        await _s.SignAsync(unitPrice: 600_000m);

        var flagged = Assert.Single(await ManagerTiers.UnassignedATierAsync());
        Assert.Equal(_s.Customer.Id, flagged.CustomerId);
        Assert.True((await _s.Database.SignIn(_s.Manager).Customers.GetAsync(_s.Customer.Id))!.Standing!.NeedsAccountManager);
        Assert.Contains(await ManagerNotificationsAsync(), n => n.Kind == SalesCrm.Domain.Notifications.NotificationKind.AccountManagerNeeded);

        Assert.Equal(_s.AccountManager.Id, Assert.Single(await ManagerTiers.AccountManagerChoicesAsync(_s.Customer.Id)).Id);
        Assert.Empty(await ManagerTiers.AssignAccountManagerAsync(_s.Customer.Id, _s.AccountManager.Id));

        Assert.Empty(await ManagerTiers.UnassignedATierAsync());
        Assert.False((await _s.Database.SignIn(_s.AccountManager).Customers.GetAsync(_s.Customer.Id))!.Standing!.NeedsAccountManager);
    }

    [Fact]
    public async Task TIER2_OnlyAnAccountManagerOfTheRegion_CanBeAssigned_AndARepCannotAssign()
    {
        var errors = await ManagerTiers.AssignAccountManagerAsync(_s.Customer.Id, _s.Rep.Id);

        Assert.Equal(nameof(Customer.AccountManagerId), Assert.Single(errors).Field);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(_s.Rep).Tiers.AssignAccountManagerAsync(_s.Customer.Id, _s.AccountManager.Id));
    }

    private async Task<List<SalesCrm.Domain.Notifications.Notification>> ManagerNotificationsAsync()
    {
        await using var db = _s.Database.CreateContext();
        return await db.Notifications.Where(n => n.RecipientId == _s.Manager.Id).ToListAsync();
    }
}
