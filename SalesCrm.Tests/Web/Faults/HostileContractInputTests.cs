using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Tests.Web.Receivables;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / CON-1, AR-1: negative and huge amounts and hostile text in the contract draft and the receivable moves
// come back as a message on their field, never as an exception; nothing is saved.
public sealed class HostileContractInputTests : IAsyncLifetime
{
    private ContractScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    [Theory]
    [InlineData("-1", "Lines[0].UnitPrice", "Contract.UnitPriceInvalid")]
    [InlineData("79228162514264337593543950335", "Lines[0].UnitPrice", "Money.TooLarge")]
    [InlineData("10000000000000000", "Lines[0].UnitPrice", "Money.TooLarge")]
    [InlineData("9999999999999999.99", "Lines", "Money.TooLarge")]
    public async Task CON1_ANegativeOrHugeUnitPriceOrTotal_IsRefusedOnItsField_AndNoContractIsSaved(string unitPrice, string field, string code)
    {
        var result = await _scenario.RepContracts.DraftAsync(_scenario.OpportunityId, _scenario.Form(HostileInput.Amount(unitPrice)));

        Assert.Equal((field, code), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(0, await ContractCountAsync());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("79228162514264337593543950335")]
    public async Task CON1_ANegativeZeroOrHugeQuantity_IsRefusedOnItsField_AndNoContractIsSaved(string quantity)
    {
        var form = _scenario.Form(100m);
        form.Lines[0].Quantity = HostileInput.Amount(quantity);

        var result = await _scenario.RepContracts.DraftAsync(_scenario.OpportunityId, form);

        Assert.Equal(("Lines[0].Quantity", "Contract.QuantityInvalid"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(0, await ContractCountAsync());
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task CON1_HostileServiceCommitments_AreRefusedOnTheirField_AndNoContractIsSaved(string hostile, string code)
    {
        var form = _scenario.Form(100m);
        form.ServiceCommitments = HostileInput.Text(hostile);

        var result = await _scenario.RepContracts.DraftAsync(_scenario.OpportunityId, form);

        Assert.Equal(("ServiceCommitments", code), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(0, await ContractCountAsync());
    }

    [Fact]
    public async Task CON1_MarkupInServiceCommitments_IsStoredExactlyAsTyped()
    {
        var form = _scenario.Form(100m);
        form.ServiceCommitments = HostileInput.Script;

        var result = await _scenario.RepContracts.DraftAsync(_scenario.OpportunityId, form);

        Assert.Equal(HostileInput.Script, (await _scenario.RepContracts.GetAsync(result.Id!.Value))!.Contract.Terms.ServiceCommitments);
    }

    [Theory]
    [InlineData("-1", "Receivable.AmountNotPositive")]
    [InlineData("0", "Receivable.AmountNotPositive")]
    [InlineData("0.001", "Money.TooPrecise")]
    [InlineData("10000000000000000", "Money.TooLarge")]
    [InlineData("79228162514264337593543950335", "Money.TooLarge")]
    public async Task AR1_ANegativeZeroOrHugePaymentOrDeduction_IsRefusedNextToTheAmount_AndNothingIsRecorded(string amount, string code)
    {
        var collector = await _scenario.Organisation.UserAsync(SalesCrm.Domain.Organisation.CrmRole.Collector, _scenario.East);
        var contract = await new SignedContractBuilder(_scenario.Database).Total(100_000m).Terms(30).SaveAsync(_scenario.Customer, _scenario.Rep);
        var receivables = _scenario.Database.SignIn(collector).Receivables;
        var value = HostileInput.Amount(amount);

        var payment = await receivables.RecordPaymentAsync(contract.Id, value, null);
        var deduction = await receivables.RecordDeductionAsync(contract.Id, value, "Damaged on delivery", SalesCrm.Domain.Receivables.DeductionKind.Deduction);

        Assert.Equal([("Amount", code), ("Amount", code)], new[] { Assert.Single(payment), Assert.Single(deduction) }.Select(e => (e.Field, e.Code)));
        await using var db = _scenario.Database.CreateContext();
        var stored = await db.Receivables.SingleAsync();
        Assert.Equal((0m, 0m), (stored.CollectedAmount, stored.DeductedAmount));
    }

    private async Task<int> ContractCountAsync()
    {
        await using var db = _scenario.Database.CreateContext();
        return await db.Contracts.CountAsync();
    }
}
