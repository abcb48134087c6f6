using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Customers;

/// <summary>TIER-1/TIER-2 on the customer: the computed grade, a manager's higher grade with its reason, and the account-manager flag.</summary>
public sealed class CustomerTierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 15, 10, 0, 0, TimeSpan.Zero);
    private readonly Guid _manager = Guid.NewGuid();
    private readonly Customer _customer = new CustomerBuilder().Named("Ningbo Harbour Logistics").Build(Guid.NewGuid(), Guid.NewGuid(), Now);

    [Fact]
    public void TIER1_ANewCustomer_IsGradeC_NotOverridden()
    {
        Assert.Equal((Tier.C, Tier.C, false, null), (_customer.ComputedTier, _customer.EffectiveTier, _customer.TierIsOverridden, _customer.TierOverride));
    }

    [Fact]
    public void TIER1_Regrade_SaysWhetherTheEffectiveGradeChanged()
    {
        Assert.True(_customer.Regrade(Tier.B));
        Assert.False(_customer.Regrade(Tier.B));
        Assert.Equal(Tier.B, _customer.EffectiveTier);
    }

    [Fact]
    public void TIER1_AManagerGradesHigherWithAReason_AndTheRecordShowsTheOverrideApplies()
    {
        _customer.OverrideTier(Tier.A, "  集团采购潜力大 Group-wide demand potential  ", _manager, Now);

        Assert.Equal((Tier.C, Tier.A, true), (_customer.ComputedTier, _customer.EffectiveTier, _customer.TierIsOverridden));
        Assert.Equal(("集团采购潜力大 Group-wide demand potential", _manager, Now), (_customer.TierOverrideReason, _customer.TierOverriddenById, _customer.TierOverriddenAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void TIER1_AnOverrideWithoutAReason_IsRefused(string? reason)
    {
        var error = Assert.Throws<DomainValidationException>(() => _customer.OverrideTier(Tier.B, reason, _manager, Now));

        Assert.Equal(("TierOverrideReason", "Tier.ReasonRequired"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
        Assert.Equal((null, Tier.C), (_customer.TierOverride, _customer.EffectiveTier));
    }

    [Fact]
    public void TIER1_AnOverrideNotHigherThanTheComputedGrade_IsRefused()
    {
        _customer.Regrade(Tier.B);

        var same = Assert.Throws<DomainValidationException>(() => _customer.OverrideTier(Tier.B, "Large company", _manager, Now));
        var lower = Assert.Throws<DomainValidationException>(() => _customer.OverrideTier(Tier.C, "Large company", _manager, Now));

        Assert.Equal(("TierOverride", "Tier.OverrideNotHigher"), (Assert.Single(same.Errors).Field, same.Errors[0].Code));
        Assert.Equal("Choose a grade higher than B, the grade its signed amount gives.", Assert.Single(lower.Errors).Message);
        Assert.Null(_customer.TierOverride);
    }

    [Fact]
    public void TIER1_AnACustomerCannotBeGradedHigher_AndIsToldWhy()
    {
        _customer.Regrade(Tier.A);

        var error = Assert.Throws<DomainValidationException>(() => _customer.OverrideTier(Tier.A, "Large", _manager, Now));

        Assert.Equal("The customer is graded A by its signed amount already; there is no higher grade.", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void TIER1_AReasonTooLong_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => _customer.OverrideTier(Tier.A, new string('x', TierStanding.ReasonMaxLength + 1), _manager, Now));

        Assert.Equal("Field.TooLong", Assert.Single(error.Errors).Code);
    }

    [Fact]
    public void TIER1_WhenTheAmountCatchesUp_TheComputedGradeApplies_AndTheOverrideReturnsIfItFallsAgain()
    {
        _customer.OverrideTier(Tier.A, "Demand potential", _manager, Now);

        Assert.False(_customer.Regrade(Tier.A));
        Assert.False(_customer.TierIsOverridden);
        Assert.False(_customer.Regrade(Tier.C));
        Assert.Equal((Tier.A, true), (_customer.EffectiveTier, _customer.TierIsOverridden));
    }

    [Fact]
    public void TIER1_ClearingTheOverride_LetsTheAmountDecideAgain()
    {
        _customer.Regrade(Tier.B);
        _customer.OverrideTier(Tier.A, "Demand potential", _manager, Now);

        _customer.ClearTierOverride();

        Assert.Equal((Tier.B, false, null, null), (_customer.EffectiveTier, _customer.TierIsOverridden, _customer.TierOverrideReason, _customer.TierOverriddenById));
        Assert.Equal("Tier.NotOverridden", Assert.Throws<DomainException>(_customer.ClearTierOverride).Code);
    }

    [Fact]
    public void TIER2_AnACustomerWithoutAccountManager_IsFlagged_UntilOneIsAssigned()
    {
        Assert.False(_customer.NeedsAccountManager);
        _customer.OverrideTier(Tier.A, "Group-wide demand potential", _manager, Now);
        Assert.True(_customer.NeedsAccountManager);

        var accountManager = Guid.NewGuid();
        _customer.AssignAccountManager(accountManager);

        Assert.Equal((false, accountManager), (_customer.NeedsAccountManager, _customer.AccountManagerId));
        _customer.ClearAccountManager();
        Assert.True(_customer.NeedsAccountManager);
    }

    [Fact]
    public void TIER2_ALostACustomer_NeedsNoAccountManager()
    {
        _customer.OverrideTier(Tier.A, "Group-wide demand potential", _manager, Now);

        _customer.MarkLost(Guid.NewGuid(), "Moved to a competitor", Now);

        Assert.False(_customer.NeedsAccountManager);
    }

    [Fact]
    public void TIER2_AssigningNoOne_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => _customer.AssignAccountManager(Guid.Empty));

        Assert.Equal("Customer.AccountManagerRequired", Assert.Single(error.Errors).Code);
    }
}
