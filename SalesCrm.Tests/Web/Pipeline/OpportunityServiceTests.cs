using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Tests.Web.Receivables;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Tests.Web.Pipeline;

/// <summary>PIPE-1/2 through the service: who opens and works an opportunity, and that the stage rules hold on a real database.</summary>
public sealed class OpportunityServiceTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _owner = default!;
    private CrmUser _eastManager = default!;
    private Customer _customer = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        _eastManager = await _organisation.AppointedManagerAsync(_east, "李娜");
        _customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(_database, _owner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task PIPE1_TheManagerOpensAnOpportunity_TheCustomersOwnerOwnsIt_AtInitialContact()
    {
        var result = await _database.SignIn(_eastManager).Opportunities.OpenAsync(_customer.Id, "10 台叉车 Forklifts", 1_200_000m);

        Assert.Empty(result.Errors);
        await using var db = _database.CreateContext();
        var opportunity = await db.Opportunities.SingleAsync();
        Assert.Equal((_owner.Id, _east.Id, OpportunityStage.InitialContact, Money.Cny(1_200_000m)), (opportunity.OwnerId, opportunity.RegionId, opportunity.Stage, opportunity.Amount));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == opportunity.Id && a.Action == AuditAction.Created));
    }

    [Fact]
    public async Task PIPE1_WithoutATitle_IsRefusedNextToTheField()
    {
        var result = await _database.SignIn(_owner).Opportunities.OpenAsync(_customer.Id, " ", null);

        Assert.Equal("Title", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task PIPE1_ServiceStaff_CannotOpenOrSeeOpportunities()
    {
        var id = await OpenAsync();
        var agent = _database.SignIn(await _organisation.UserAsync(CrmRole.ServiceAgent, _east));

        await Assert.ThrowsAsync<AccessDeniedException>(() => agent.Opportunities.OpenAsync(_customer.Id, "Sneaky", null));
        Assert.Null(await agent.Opportunities.GetAsync(id));
        Assert.Empty(await agent.Opportunities.ForCustomerAsync(_customer.Id));
    }

    [Fact]
    public async Task PIPE1_AnotherRep_NeitherSeesNorMovesIt()
    {
        var id = await OpenAsync();
        var other = _database.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, _east));

        Assert.Null(await other.Opportunities.GetAsync(id));
        Assert.Equal("Opportunity.NotFound", Assert.Single(await other.Opportunities.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord())).Code);
    }

    [Fact]
    public async Task PIPE2_AdvancingThroughEveryStage_IsStoredWithEachRecord_SignedOnlyByTheContract_AndDaysInStageRestart()
    {
        var id = await OpenAsync();
        var owner = _database.SignIn(_owner).Opportunities;
        var questions = owner.Settings.Questions;

        _database.Time.Advance(TimeSpan.FromDays(3));
        Assert.Empty(await owner.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord()));
        _database.Time.Advance(TimeSpan.FromDays(4));
        Assert.Equal(4, (await owner.GetAsync(id))!.DaysInStage);
        Assert.Empty(await owner.AdvanceAsync(id, OpportunityStage.Solution, new NeedsRecord(questions.Take(5).Select(q => new NeedsAnswer(q, "已确认 Confirmed")).ToList())));
        Assert.Empty(await owner.AdvanceAsync(id, OpportunityStage.Negotiation, new SolutionRecord("10 台 3 吨叉车", 1_150_000m, "CNY", "两年保修")));
        Assert.Equal(
            "Opportunity.SignedByContract",
            Assert.Single(await owner.AdvanceAsync(id, OpportunityStage.Signing, new NegotiationRecord(1_100_000m, "CNY", new DateOnly(2026, 6, 30), PaymentMethod.BankTransfer))).Code);
        Assert.Equal(OpportunityStage.Negotiation, (await owner.GetAsync(id))!.Opportunity.Stage);
        await new SignedContractBuilder(_database).Total(1_100_000m).ForOpportunity(id).SaveAsync(_customer, _owner);

        var view = (await owner.GetAsync(id))!;
        Assert.Equal((OpportunityStage.Signing, 0, false), (view.Opportunity.Stage, view.DaysInStage, view.CanWork));
        Assert.Equal(5, view.Opportunity.Needs.Count);
        Assert.Equal(questions[0], view.Opportunity.Needs[0].Question);
        Assert.Equal(Money.Cny(1_100_000m), view.Opportunity.Amount);
    }

    [Fact]
    public async Task PIPE2_TooFewNeedsAnswers_IsRefused_AndTheStageStays()
    {
        var id = await OpenAsync();
        var owner = _database.SignIn(_owner).Opportunities;
        await owner.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord());

        var errors = await owner.AdvanceAsync(id, OpportunityStage.Solution, new NeedsRecord([new NeedsAnswer(owner.Settings.Questions[0], "300 万")]));

        Assert.Equal("Opportunity.NeedsTooFew", Assert.Single(errors).Code);
        Assert.Equal(OpportunityStage.NeedsResearch, (await owner.GetAsync(id))!.Opportunity.Stage);
    }

    [Fact]
    public async Task PIPE2_SkippingAStage_IsRefusedWithAReadableMessage()
    {
        var id = await OpenAsync();

        var errors = await _database.SignIn(_owner).Opportunities.AdvanceAsync(id, OpportunityStage.Solution, new ContactRecord());

        Assert.Equal("Opportunity.StagesInOrder", Assert.Single(errors).Code);
        Assert.Contains("in order", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PIPE1_Lost_WithAReason_ThenNothingMovesIt()
    {
        var id = await OpenAsync();
        var owner = _database.SignIn(_owner).Opportunities;

        Assert.Empty(await owner.LoseAsync(id, "Budget cut"));
        var errors = await owner.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord());

        Assert.Equal("Opportunity.Lost", Assert.Single(errors).Code);
        var row = Assert.Single(await owner.ForCustomerAsync(_customer.Id));
        Assert.True(row.IsLost);
    }

    [Fact]
    public async Task PIPE3_Board_GroupsOpenOpportunitiesByStage_WithCountsAndTotals_WithoutLostOnes()
    {
        var owner = _database.SignIn(_owner).Opportunities;
        var first = await OpenAsync();
        await OpenAsync();
        var lost = await OpenAsync();
        await owner.LoseAsync(lost, "No budget");
        await owner.AdvanceAsync(first, OpportunityStage.NeedsResearch, new ContactRecord());
        _database.Time.Advance(TimeSpan.FromDays(2));

        var board = await owner.BoardAsync(new());

        Assert.Equal(Enum.GetValues<OpportunityStage>(), board.Select(c => c.Stage));
        Assert.Equal(1, board[0].Count);
        Assert.Equal([new MoneyTotal(1_200_000m, Money.DefaultCurrency)], board[0].Totals);
        var card = Assert.Single(board[1].Cards);
        Assert.Equal((first, "杭州物流有限公司", "张伟", 2), (card.Id, card.Customer, card.Owner, card.DaysInStage));
        Assert.DoesNotContain(board.SelectMany(c => c.Cards), c => c.Id == lost);
    }

    [Fact]
    public async Task PIPE3_SignedOpportunities_LeaveTheBoardAfter30Days()
    {
        var id = await OpenAsync();
        var owner = _database.SignIn(_owner).Opportunities;
        await owner.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord());
        await owner.AdvanceAsync(id, OpportunityStage.Solution, new NeedsRecord(owner.Settings.Questions.Take(5).Select(q => new NeedsAnswer(q, "ok")).ToList()));
        await owner.AdvanceAsync(id, OpportunityStage.Negotiation, new SolutionRecord("Forklifts", 1_000_000m, "CNY", "none"));
        await new SignedContractBuilder(_database).Total(990_000m).ForOpportunity(id).SaveAsync(_customer, _owner);

        Assert.Equal(1, (await owner.BoardAsync(new()))[4].Count);
        _database.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(0, (await owner.BoardAsync(new()))[4].Count);
    }

    [Fact]
    public async Task PIPE3_ManagersFilterTheBoardByRep_RepsSeeOnlyTheirOwn()
    {
        await OpenAsync();
        var colleague = await _organisation.UserAsync(CrmRole.SalesRep, _east, "王磊");
        var theirs = await new CustomerBuilder().Named("宁波港务有限公司").SaveAsync(_database, colleague);
        await _database.SignIn(colleague).Opportunities.OpenAsync(theirs.Id, "Cranes", 5_000_000m);
        var manager = _database.SignIn(_eastManager).Opportunities;

        Assert.Equal(2, (await manager.BoardAsync(new()))[0].Count);
        Assert.Equal(["王磊"], (await manager.BoardAsync(new(OwnerId: colleague.Id)))[0].Cards.Select(c => c.Owner));
        Assert.Equal(["张伟"], (await _database.SignIn(_owner).Opportunities.BoardAsync(new()))[0].Cards.Select(c => c.Owner));
        Assert.Empty(await manager.RegionChoicesAsync());
    }

    [Fact]
    public async Task PIPE3_Funnel_CountsTheStagesReached_AndTheShareOfThePreviousStage()
    {
        var owner = _database.SignIn(_owner).Opportunities;
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await OpenAsync());
        }

        await owner.AdvanceAsync(ids[0], OpportunityStage.NeedsResearch, new ContactRecord());
        await owner.AdvanceAsync(ids[1], OpportunityStage.NeedsResearch, new ContactRecord());
        await owner.AdvanceAsync(ids[1], OpportunityStage.Solution, new NeedsRecord(owner.Settings.Questions.Take(5).Select(q => new NeedsAnswer(q, "ok")).ToList()));
        await owner.LoseAsync(ids[1], "Went elsewhere");
        await owner.LoseAsync(ids[2], "No budget");

        var funnel = await owner.FunnelAsync(new(), 6);

        Assert.Equal([4, 2, 1, 0, 0], funnel.Steps.Select(s => s.Reached));
        Assert.Equal([null, 0.5, 0.5, 0.0, null], funnel.Steps.Select(s => s.ConversionFromPrevious));
        Assert.Equal(2, funnel.Lost);
        Assert.Equal(6, funnel.Months.Count);
    }

    [Fact]
    public async Task PIPE3_MonthlyNewCustomerConversion_PerRep_CountsNewCustomersThatSigned()
    {
        var owner = _database.SignIn(_owner).Opportunities;
        await new CustomerBuilder().Named("温州鞋业有限公司").SaveAsync(_database, _owner);
        var id = await OpenAsync();
        await owner.AdvanceAsync(id, OpportunityStage.NeedsResearch, new ContactRecord());
        await owner.AdvanceAsync(id, OpportunityStage.Solution, new NeedsRecord(owner.Settings.Questions.Take(5).Select(q => new NeedsAnswer(q, "ok")).ToList()));
        await owner.AdvanceAsync(id, OpportunityStage.Negotiation, new SolutionRecord("Forklifts", 1_000_000m, "CNY", "none"));
        await new SignedContractBuilder(_database).Total(990_000m).ForOpportunity(id).SaveAsync(_customer, _owner);

        var conversion = Assert.Single((await _database.SignIn(_eastManager).Opportunities.FunnelAsync(new(), 3)).Conversions);

        Assert.Equal(("张伟", 2026, 3, 2, 1, 0.5), (conversion.Rep, conversion.Year, conversion.Month, conversion.NewCustomers, conversion.Converted, conversion.Rate));
    }

    [Fact]
    public async Task PIPE3_TheBoardTotal_OfTwoDealsEachAtTheLargestAmount_IsShown_NotAFailure()
    {
        await OpenAsync(Money.MaxAmount);
        await OpenAsync(Money.MaxAmount);

        var board = await _database.SignIn(_owner).Opportunities.BoardAsync(new());

        Assert.Equal([new MoneyTotal(2 * Money.MaxAmount, Money.DefaultCurrency)], board[0].Totals);
        Assert.Equal("CNY 19,999,999,999,999,999.98", board[0].Totals[0].ToString());
    }

    private async Task<Guid> OpenAsync(decimal amount = 1_200_000m)
    {
        var result = await _database.SignIn(_owner).Opportunities.OpenAsync(_customer.Id, "10 台叉车 Forklifts", amount);
        Assert.Empty(result.Errors);
        return result.Id!.Value;
    }
}
