using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-2's shares on the scorecard: the collection rate (004: ≥ 95%), the monthly conversion of first contacts into
// customers, A-tier visit coverage (TIER-3) and the complaints' first-response rate (SVC-3), each per person, per
// region and in total, from the CRM's own records.
public sealed class PerformanceRatesTests
{
    private static readonly Period March = Period.Month(2026, 3);
    private static readonly Period Q1 = Period.Quarter(2026, 1);

    [Fact]
    public async Task KPI2_TheCollectionRate_IsWhatWasCollectedOfWhatFellDueInThePeriod_95PercentMeetsThe004Target()
    {
        await using var s = await ContractScenario.CreateAsync();
        var contract = await s.SignedContractAsync(); // 1,280,000 signed on 2 March, due 30 days later, on 1 April.
        var collector = s.Database.SignIn(await s.Organisation.UserAsync(CrmRole.Collector, s.East)).Receivables;
        Assert.Empty(await collector.ConfirmChargesAsync(contract, 1_280_000m, "王经理"));
        Assert.Empty(await collector.InvoiceAsync(contract, "FP-001", 1_280_000m));
        var notYetDue = (await s.Database.SignIn(s.Manager).Performance.ScorecardAsync(Period.Quarter(2026, 2))).Total.Collection;
        s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 4, 10, 2, 0, 0, TimeSpan.Zero));
        Assert.Empty(await collector.RecordPaymentAsync(contract, 1_216_000m, new DateOnly(2026, 4, 8)));

        var q2 = await s.Database.SignIn(s.Manager).Performance.ScorecardAsync(Period.Quarter(2026, 2));
        var rep = q2.Rows.Single(r => r.Id == s.Rep.Id).Collection;

        Assert.Null(notYetDue.Percent);
        Assert.Equal((1_216_000m, 1_280_000m, 95.0m, true), (rep.Part, rep.Whole, rep.Percent, rep.Met));
        Assert.Equal(95.0m, q2.Total.Collection.Percent);
        Assert.Null((await s.Database.SignIn(s.Manager).Performance.ScorecardAsync(March)).Total.Collection.Percent);
    }

    [Fact]
    public async Task KPI2_AVerifiedMonthKeepsTheMoneyItsCollectionRateCounted_WhenAPaymentArrivesLater_AndTheDifferenceShows()
    {
        await using var s = await ContractScenario.CreateAsync();
        var contract = await s.SignedContractAsync(); // due on 1 April
        var collectorUser = await s.Organisation.UserAsync(CrmRole.Collector, s.East);
        var collector = s.Database.SignIn(collectorUser).Receivables;
        Assert.Empty(await collector.ConfirmChargesAsync(contract, 1_280_000m, "王经理"));
        Assert.Empty(await collector.InvoiceAsync(contract, "FP-001", 1_280_000m));
        var april = Period.Month(2026, 4);
        s.Database.Time.SetUtcNow(new DateTimeOffset(2026, 5, 2, 2, 0, 0, TimeSpan.Zero));
        Assert.Empty(await s.Database.SignIn(collectorUser).Performance.VerifyMonthAsync(april, s.East.Id));

        Assert.Empty(await collector.RecordPaymentAsync(contract, 640_000m, new DateOnly(2026, 5, 2)));
        var card = await s.Database.SignIn(s.Manager).Performance.ScorecardAsync(april);

        var rep = card.Rows.Single(r => r.Id == s.Rep.Id);
        Assert.Equal((640_000m, 1_280_000m), (rep.Collection.Part, rep.Collection.Whole));
        Assert.Equal((0m, 1_280_000m), (rep.Verified!.Collected, rep.Verified.Due));
        Assert.Equal((0m, 1_280_000m), (card.Total.Verified!.Collected, card.Total.Verified.Due));
    }

    [Fact]
    public async Task KPI2_TheMonthlyConversionRate_IsTheShareOfTheMonthsFirstContactsThatSignedTheirFirstContract()
    {
        await using var s = await ContractScenario.CreateAsync();
        await s.SignedContractAsync();
        await new CustomerBuilder().Named("宁波港务有限公司").SaveAsync(s.Database, s.Rep);

        var row = Assert.Single((await s.Database.SignIn(s.Rep).Performance.ScorecardAsync(March)).Rows);

        Assert.Equal((2, 1m, 2m, 50.0m, (decimal?)null), (row.LeadsRegistered, row.Conversion.Part, row.Conversion.Whole, row.Conversion.Percent, row.Conversion.TargetPercent));
        Assert.Null(row.Conversion.Met);
    }

    [Fact]
    public async Task KPI2_TIER3_ATierCoverage_CountsTheAccountManagersATierCustomersWithTheirQuartersTwoVisits_ForThePersonTheRegionAndTheCompany()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var s = await VisitScenario.CreateAsync(database);
        await s.GradedAAsync();
        await s.LoggedAsync(s.AccountManager);
        var afterOne = await database.SignIn(s.Manager).Performance.ScorecardAsync(Q1);
        await s.LoggedAsync(s.Manager);

        var afterTwo = await database.SignIn(s.Manager).Performance.ScorecardAsync(Q1);
        var company = await database.SignIn(s.Director).Performance.ScorecardAsync(March);

        Assert.Equal((0m, 1m, 0.0m, false), Shares(afterOne.Rows.Single(r => r.Id == s.AccountManager.Id).ATierCoverage));
        Assert.Equal((1m, 1m, 100.0m, true), Shares(afterTwo.Rows.Single(r => r.Id == s.AccountManager.Id).ATierCoverage));
        Assert.Null(afterTwo.Rows.Single(r => r.Id == s.Rep.Id).ATierCoverage.Percent);
        Assert.Equal(100.0m, afterTwo.Total.ATierCoverage.Percent);
        Assert.Equal((1m, 1m, 100.0m, true), Shares(company.Rows.Single(r => r.Id == s.East.Id).ATierCoverage));
        Assert.Null(company.Rows.Single(r => r.Id == s.West.Id).ATierCoverage.Percent);
    }

    [Fact]
    public async Task KPI2_SVC3_TheFirstResponseRate_JudgesComplaintsAnsweredOrPastTheirTime_NotOnesStillWithinIt()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var s = await ServiceScenario.CreateAsync(database);
        var answered = await s.LoggedComplaintAsync();
        Assert.Empty(await database.SignIn(s.ServiceManager).Service.AssignInvestigatorAsync(answered, s.Investigator.Id));
        await s.LoggedComplaintAsync();
        database.Time.Advance(TimeSpan.FromHours(49));
        await s.LoggedComplaintAsync();

        var team = await database.SignIn(s.Director).Performance.ScorecardAsync(March, s.East.Id);
        var company = await database.SignIn(s.Director).Performance.ScorecardAsync(March);

        Assert.Equal((1m, 2m, 50.0m, false), Shares(team.Rows.Single(r => r.Id == s.Rep.Id).FirstResponse));
        Assert.Null(team.Rows.Single(r => r.Id == s.AccountManager.Id).FirstResponse.Percent);
        Assert.Equal((1m, 2m, 50.0m, false), Shares(company.Rows.Single(r => r.Id == s.East.Id).FirstResponse));
    }

    private static (decimal Part, decimal Whole, decimal? Percent, bool? Met) Shares(RateFigure rate) => (rate.Part, rate.Whole, rate.Percent, rate.Met);
}
