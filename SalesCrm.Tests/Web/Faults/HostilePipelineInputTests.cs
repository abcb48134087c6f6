using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Pipeline;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / PIPE-1, PIPE-2: hostile titles, needs answers, solutions and lost reasons, and negative or huge amounts,
// come back on their field, never as an exception; the opportunity is not opened, does not move and is not lost.
public sealed class HostilePipelineInputTests : IAsyncLifetime
{
    private ContractScenario _s = null!;

    public async Task InitializeAsync() => _s = await ContractScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    private OpportunityService Opportunities => _s.Database.SignIn(_s.Rep).Opportunities;

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task PIPE1_AHostileTitle_IsRefusedOnTheTitle_AndNoOpportunityIsOpened(string hostile, string code)
    {
        var result = await Opportunities.OpenAsync(_s.Customer.Id, HostileInput.Text(hostile), 100_000m);

        Assert.Equal((null, "Title", code), (result.Id, Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(1, await OpportunityCountAsync());
    }

    [Theory]
    [InlineData("-1", "Opportunity.AmountNegative")]
    [InlineData("0.001", "Money.TooPrecise")]
    [InlineData("10000000000000000", "Money.TooLarge")]
    [InlineData("79228162514264337593543950335", "Money.TooLarge")]
    [InlineData("-79228162514264337593543950335", "Money.TooLarge")]
    public async Task PIPE1_ANegativeOrHugeEstimate_IsRefusedNextToTheAmount_AndNoOpportunityIsOpened(string estimate, string code)
    {
        var result = await Opportunities.OpenAsync(_s.Customer.Id, "10 台叉车", HostileInput.Amount(estimate));

        Assert.Equal((null, "Amount", code), (result.Id, Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal(1, await OpportunityCountAsync());
    }

    [Fact]
    public async Task PIPE1_MarkupInATitle_IsStoredExactlyAsTyped()
    {
        var result = await Opportunities.OpenAsync(_s.Customer.Id, HostileInput.Script, null);

        Assert.Equal(HostileInput.Script, (await Opportunities.GetAsync(result.Id!.Value))!.Opportunity.Title);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task PIPE2_AHostileNeedsAnswer_IsRefusedOnThatAnswer_AndTheOpportunityStaysInNeedsResearch(string hostile, string code)
    {
        var id = await OpenedAsync(OpportunityStage.NeedsResearch);
        var answers = Opportunities.Settings.Questions.Take(5).Select(q => new NeedsAnswer(q, "已确认 Confirmed")).ToList();
        answers[2] = answers[2] with { Answer = HostileInput.Text(hostile) };

        var errors = await Opportunities.AdvanceAsync(id, OpportunityStage.Solution, new NeedsRecord(answers));

        Assert.Contains(errors, e => (e.Field, e.Code) == ("Needs[2]", code));
        Assert.All(errors, e => Assert.StartsWith("Needs", e.Field, StringComparison.Ordinal));
        await using var db = _s.Database.CreateContext();
        var stored = await db.Opportunities.SingleAsync(o => o.Id == id);
        Assert.Equal((OpportunityStage.NeedsResearch, 0), (stored.Stage, stored.Needs.Count));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task PIPE2_AHostileProductMixOrServiceCommitments_IsRefusedOnEachField_AndTheOpportunityStaysInSolution(string hostile, string code)
    {
        var id = await OpenedAsync(OpportunityStage.Solution);
        var text = HostileInput.Text(hostile);

        var errors = await Opportunities.AdvanceAsync(id, OpportunityStage.Negotiation, new SolutionRecord(text, 100_000m, "CNY", text));

        Assert.Equal([("ProductMix", code), ("ServiceCommitments", code)], errors.Select(e => (e.Field, e.Code)));
        Assert.Equal(OpportunityStage.Solution, (await Opportunities.GetAsync(id))!.Opportunity.Stage);
    }

    [Theory]
    [InlineData("-1", "Opportunity.PriceRequired")]
    [InlineData("0.001", "Money.TooPrecise")]
    [InlineData("10000000000000000", "Money.TooLarge")]
    [InlineData("79228162514264337593543950335", "Money.TooLarge")]
    public async Task PIPE2_ANegativeOrHugeSolutionPrice_IsRefusedNextToThePrice_AndTheAmountIsUnchanged(string price, string code)
    {
        var id = await OpenedAsync(OpportunityStage.Solution);

        var errors = await Opportunities.AdvanceAsync(id, OpportunityStage.Negotiation, new SolutionRecord("10 台 3 吨叉车", HostileInput.Amount(price), "CNY", "两年保修"));

        Assert.Equal(("SolutionPrice", code), (Assert.Single(errors).Field, errors[0].Code));
        var view = (await Opportunities.GetAsync(id))!.Opportunity;
        Assert.Equal((OpportunityStage.Solution, 100_000m), (view.Stage, view.Amount!.Amount));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task PIPE1_AHostileLostReason_IsRefusedOnTheReason_AndTheOpportunityStaysOpen(string hostile, string code)
    {
        var errors = await Opportunities.LoseAsync(_s.OpportunityId, HostileInput.Text(hostile));

        Assert.Equal(("Reason", code), (Assert.Single(errors).Field, errors[0].Code));
        var view = (await Opportunities.GetAsync(_s.OpportunityId))!.Opportunity;
        Assert.Equal((false, (string?)null), (view.IsLost, view.LostReason));
    }

    /// <summary>A new opportunity at 100,000, taken by hand to <paramref name="stage"/>.</summary>
    private async Task<Guid> OpenedAsync(OpportunityStage stage)
    {
        var id = (await Opportunities.OpenAsync(_s.Customer.Id, "5 台叉车", 100_000m)).Id!.Value;
        Assert.Empty(await Opportunities.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord()));
        if (stage == OpportunityStage.Solution)
        {
            Assert.Empty(await Opportunities.AdvanceAsync(id, OpportunityStage.Solution, new NeedsRecord(
                Opportunities.Settings.Questions.Take(5).Select(q => new NeedsAnswer(q, "已确认")).ToList())));
        }

        return id;
    }

    private async Task<int> OpportunityCountAsync()
    {
        await using var db = _s.Database.CreateContext();
        return await db.Opportunities.CountAsync();
    }
}
