using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Pipeline;

namespace SalesCrm.Tests.Domain.Contracts;

/// <summary>CON-1/CON-2: a contract's terms — exact totals, the 60-day ceiling, the 5% default, and what needs approval.</summary>
public sealed class ContractTermsTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly ContractLine Forklift = new(Guid.NewGuid(), "CPD30", "3 吨电动叉车 3 t electric forklift", "台", 128_000m, 10m, 128_000m);
    private static readonly ContractLine Service = new(Guid.NewGuid(), "SVC-MAINT", "年度保养 Annual maintenance", "次", 3_500.50m, 3m, 3_500.50m);

    [Fact]
    public void CON1_Total_IsTheExactSumOfQuantityTimesUnitPrice_InTheContractsCurrency()
    {
        var terms = Terms() with { Lines = [Forklift, Service, Service with { Quantity = 0.333m, UnitPrice = 0.05m }] };

        Assert.Equal(Money.Cny(1_280_000m + 10_501.50m + 0.02m), terms.Total);
        Assert.Empty(terms.Check(Today));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void CON2_PaymentTerms_MayNotExceed60Days(int days, bool allowed)
    {
        var errors = (Terms() with { PaymentTermsDays = days }).Check(Today);

        Assert.Equal(allowed, errors.Count == 0);
        if (!allowed)
        {
            Assert.Equal(("PaymentTermsDays", "Contract.PaymentTermsTooLong"), (errors[0].Field, errors[0].Code));
            Assert.Contains("60 days", errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CON2_TheCeiling_FollowsTheCompanysSetting()
    {
        Assert.Single((Terms() with { PaymentTermsDays = 50 }).Check(Today, maxPaymentTermsDays: 45));
    }

    [Fact]
    public void CON2_BreachCompensation_DefaultsTo5Percent_AndAStatedOneIsKept()
    {
        Assert.Equal(5m, (Terms() with { BreachCompensationPercent = null }).EffectiveBreachCompensationPercent);
        Assert.Equal(8m, (Terms() with { BreachCompensationPercent = 8m }).EffectiveBreachCompensationPercent);
        Assert.Equal("BreachCompensationPercent", Assert.Single((Terms() with { BreachCompensationPercent = 120m }).Check(Today)).Field);
    }

    [Fact]
    public void CON1_MissingTerms_AreEachNamed()
    {
        var terms = new ContractTerms([], "CNY", null, null, null, null, null, null, null, FreeService: false);

        Assert.Equal(["Lines", "DeliveryDate", "PaymentMethod", "Settlement", "PaymentTermsDays", "SigningMethod"], terms.Check(Today).Select(e => e.Field));
    }

    [Fact]
    public void CON1_BadLines_AreRefusedOnTheirOwnFields()
    {
        var terms = Terms() with { Lines = [Forklift with { Quantity = 0 }, Service with { UnitPrice = 1.005m }] };

        Assert.Equal(["Lines[0].Quantity", "Lines[1].UnitPrice"], terms.Check(Today).Select(e => e.Field));
    }

    [Fact]
    public void CON2_AtListPrice_OnTheCustomersSettlement_WithoutFreeService_NeedsNoApproval()
    {
        Assert.Empty(Terms().ApprovalsNeeded(SettlementMethod.Monthly));
    }

    [Fact]
    public void CON2_BelowListFreeServiceAndASettlementChange_EachNeedTheManagersApproval_Once()
    {
        var terms = Terms() with
        {
            Lines = [Forklift with { UnitPrice = 120_000m }, Service with { UnitPrice = 3_000m }],
            FreeService = true,
        };

        Assert.Equal([ApprovalReason.PriceBelowList, ApprovalReason.FreeService, ApprovalReason.SettlementChange], terms.ApprovalsNeeded(SettlementMethod.Cash));
    }

    private static ContractTerms Terms() => new(
        [Forklift, Service], "CNY", new DateOnly(2026, 9, 30), PaymentMethod.BankTransfer, SettlementMethod.Monthly, 30, null, SigningMethod.Paper,
        "两年保修 Two-year warranty", FreeService: false);
}
