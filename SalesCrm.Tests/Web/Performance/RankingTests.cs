using Bunit;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Performance;

namespace SalesCrm.Tests.Web.Performance;

// KPI-3: the ranking page's boards — sales champion, most new valid customers, best collection rate — across the
// company, ties sharing a place.
public sealed class RankingTests
{
    private static readonly Period March = Period.Month(2026, 3);

    [Fact]
    public void KPI3_EqualFiguresShareAPlace_TheNextIsSkipped_AndNothingIsNoPlace()
    {
        var me = Guid.NewGuid();
        RankingPlace Person(string name, decimal value, Guid? id = null) => new(0, id ?? Guid.NewGuid(), name, "East", value);

        var board = RankingBoard.Of([Person("王芳", 500m), Person("张伟", 900m), Person("李娜", 500m, me), Person("赵强", 100m), Person("陈静", 0m)], size: 3, me);

        Assert.Equal([(1, "张伟"), (2, "李娜"), (2, "王芳")], board.Top.Select(p => (p.Place, p.Name)));
        Assert.Equal((2, 4), (board.Mine!.Place, board.Ranked));
    }

    [Fact]
    public async Task KPI3_TheChampionBoard_RanksEveryRepOfTheCompany_ARepSeesTheirPlace_AndSomeoneWithNothingIsNotOnIt()
    {
        await using var s = await ContractScenario.CreateAsync();
        var south = await s.Organisation.RegionAsync("South");
        var southRep = await s.Organisation.UserAsync(CrmRole.SalesRep, south, "赵强");
        await s.SignedContractAsync();

        var asRep = await s.Database.SignIn(s.Rep).Performance.RankingAsync(March);
        var asSouth = await s.Database.SignIn(southRep).Performance.RankingAsync(March);

        var champion = Assert.Single(asRep.Champions.Top);
        Assert.Equal((1, "张伟", "East", 1_280_000m), (champion.Place, champion.Name, champion.Region, champion.Value));
        Assert.Equal(1, asRep.Champions.Mine!.Place);
        Assert.Equal(s.Rep.Id, Assert.Single(asRep.NewCustomers.Top).PersonId);
        Assert.Empty(asRep.Collection.Top);
        Assert.Null(asSouth.Champions.Mine);
        var agent = await s.Organisation.UserAsync(CrmRole.ServiceAgent, s.East);
        await Assert.ThrowsAsync<AccessDeniedException>(() => s.Database.SignIn(agent).Performance.RankingAsync(March));
    }

    [Fact]
    public async Task KPI3_TheRankingPage_ShowsTheBoards_WithTheSignedInRepsPlace_AndAnEmptyBoardSaysSo()
    {
        await using var s = await ContractScenario.CreateAsync();
        await s.SignedContractAsync();
        await using var context = new CrmTestContext(s.Database);
        context.SignIn(s.Rep);

        var page = context.RenderHosted<RankingPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=board-champions] [data-testid=ranking-place]")));
        Assert.Equal("CNY 1,280,000", page.Find("[data-testid=board-champions] [data-testid=ranking-value]").TextContent.Trim());
        Assert.Equal("You are 1 of 1", page.Find("[data-testid=board-champions-mine]").TextContent.Trim());
        Assert.Equal("March 2026", page.Find("[data-testid=perf-period]").TextContent.Trim());
        Assert.Single(page.FindAll("[data-testid=board-collection-empty]"));
    }
}
