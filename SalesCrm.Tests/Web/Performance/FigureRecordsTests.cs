using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-2/SEC-1: every figure links to the records it counts, and only to the records of whose figures the user may see.
public sealed class FigureRecordsTests : IAsyncLifetime
{
    private static readonly Period March = Period.Month(2026, 3);
    private static readonly PageRequest FirstPage = new(0, 25);
    private ContractScenario _s = null!;
    private Guid _contract;

    public async Task InitializeAsync()
    {
        _s = await ContractScenario.CreateAsync();
        _contract = await _s.SignedContractAsync();
        await new CustomerBuilder().Named("宁波港务有限公司").SaveAsync(_s.Database, _s.Rep);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task KPI2_TheSignedAmountsRecords_AreTheMonthsSignedContracts_EachOpeningTheContract()
    {
        var page = await _s.Database.SignIn(_s.Rep).FigureRecords.ListAsync(CountedFigure.SignedAmount, March, null, null, FirstPage);

        var record = Assert.Single(page.Items);
        Assert.Equal((1, 1_280_000m, "杭州物流有限公司", "张伟", $"/contracts/{_contract}", new DateOnly(2026, 3, 2)),
            (page.Total, record.Amount, record.Detail, record.Person, record.Href, record.On));
    }

    [Fact]
    public async Task KPI2_TheConversionsRecords_AreTheMonthsFirstContacts_MarkedWhetherTheySigned()
    {
        var page = await _s.Database.SignIn(_s.Manager).FigureRecords.ListAsync(CountedFigure.Conversion, March, null, null, FirstPage);

        Assert.Equal([("宁波港务有限公司", false), ("杭州物流有限公司", true)], page.Items.Select(r => (r.Title, r.Counts!.Value)).OrderBy(r => r.Item2));
    }

    [Fact]
    public async Task SEC1_ARepSeesOnlyTheirOwnRecords_AManagerOnlyTheirRegions_TheDirectorAnyRegion()
    {
        var colleague = await _s.Organisation.UserAsync(CrmRole.SalesRep, _s.East, "王芳");
        var south = await _s.Organisation.RegionAsync("South");
        var southManager = await _s.Organisation.AppointedManagerAsync(south, "South Manager");
        var director = await _s.Organisation.UserAsync(CrmRole.MarketingDirector, _s.East);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(colleague).FigureRecords.ListAsync(CountedFigure.SignedAmount, March, null, _s.Rep.Id, FirstPage));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.Database.SignIn(southManager).FigureRecords.ListAsync(CountedFigure.SignedAmount, March, _s.East.Id, null, FirstPage));
        Assert.Empty((await _s.Database.SignIn(colleague).FigureRecords.ListAsync(CountedFigure.SignedAmount, March, null, null, FirstPage)).Items);
        Assert.Empty((await _s.Database.SignIn(southManager).FigureRecords.ListAsync(CountedFigure.Leads, March, null, null, FirstPage)).Items);
        Assert.Equal(2, (await _s.Database.SignIn(director).FigureRecords.ListAsync(CountedFigure.Leads, March, null, null, FirstPage)).Total);
        Assert.Empty((await _s.Database.SignIn(director).FigureRecords.ListAsync(CountedFigure.Leads, March, south.Id, null, FirstPage)).Items);
        Assert.Equal(1, (await _s.Database.SignIn(_s.Manager).FigureRecords.ListAsync(CountedFigure.NewCustomers, March, null, _s.Rep.Id, FirstPage)).Total);
    }
}
