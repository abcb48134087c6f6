using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Contracts;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>
/// SEC-1/SEC-3: a collector works for one region, so their contracts, contract PDFs, customer statements and monthly
/// statement are their region's; legal reviews every contract and keeps reading them all.
/// </summary>
public sealed class CollectorRegionTests : IAsyncLifetime
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March2 = new(2026, 3, 2);
    private TwoRegionScenario _scenario = default!;
    private UserSession _collector = default!;

    public async Task InitializeAsync()
    {
        _scenario = await TwoRegionScenario.CreateAsync();
        _collector = _scenario.Database.SignIn(await _scenario.Organisation.UserAsync(CrmRole.Collector, _scenario.East, "Collector Li"));
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task SEC1_AnEastCollector_GetsNotFoundForAWestContractPdfAndAWestStatement_ButGetsTheEastOnes()
    {
        Assert.Null(await _collector.Contracts.PdfAsync(_scenario.WestContract.Id));
        Assert.Null(await _collector.CustomerStatements.StatementAsync(_scenario.WestCustomer.Id, March1, March2));
        Assert.NotNull(await _collector.Contracts.PdfAsync(_scenario.Contract.Id));
        Assert.NotNull(await _collector.CustomerStatements.StatementAsync(_scenario.Customer.Id, March1, March2));
    }

    [Fact]
    public async Task SEC1_AnEastCollector_ReadsOnlyEastContracts()
    {
        var list = await _collector.Contracts.ListAsync(new(0, 10), ContractWorklist.All, null);

        Assert.Equal([_scenario.Contract.Id], list.Items.Select(c => c.Id));
        Assert.Null(await _collector.Contracts.GetAsync(_scenario.WestContract.Id));
    }

    [Fact]
    public async Task SEC1_AnEastCollector_SeesOnlyEastRowsInTheMonthlyStatement()
    {
        var statement = (await _collector.MonthlyStatements.StatementAsync(March1))!;

        Assert.Equal(["East"], statement.Regions.Select(r => r.Region));
        Assert.Equal(["Rep Wang"], statement.Reps.Select(r => r.Rep));
    }

    [Fact]
    public async Task SEC1_LegalKeepsReadingEveryRegionsContracts()
    {
        var contracts = _scenario.Database.SignIn(await _scenario.Organisation.UserAsync(CrmRole.Legal, _scenario.East)).Contracts;

        Assert.NotNull(await contracts.PdfAsync(_scenario.WestContract.Id));
        Assert.Equal(2, (await contracts.ListAsync(new(0, 10), ContractWorklist.All, null)).Total);
    }
}
