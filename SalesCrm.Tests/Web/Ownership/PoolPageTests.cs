using Microsoft.EntityFrameworkCore;
using Bunit;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Ownership;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>OWN-6 on the pool page: the rules in force are shown to every rep, and each row says why a claim would be refused.</summary>
public sealed class PoolPageTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private OrganisationBuilder _organisation = default!;
    private Region _east = default!;
    private CrmUser _owner = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _database.Pool.Enabled = true;
        _database.Pool.TierDays.A = 0;
        _database.Pool.DailyClaimLimit = 3;
        _organisation = new OrganisationBuilder(_database);
        _east = await _organisation.RegionAsync("East");
        _owner = await _organisation.UserAsync(CrmRole.SalesRep, _east, "张伟");
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(_database, _owner);
        _database.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero));
        await _database.SignIn(_owner).Pool.ReleaseDueAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OWN6_TheRulesInForce_AreShown()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_owner);

        var page = context.RenderHosted<PoolPage>();

        page.WaitForAssertion(() => Assert.Equal(
            [
                "Grade A: never released automatically.", "Grade B: after 90 days without contact.", "Grade C: after 90 days without contact.",
                "Its owner is reminded 7 and 1 days before it goes.",
                "You claim from your own region's pool; a customer of another region is claimed for you by that region's sales manager.",
                "You claim at most 3 customers a day.",
                "A customer released from you can be claimed back by you 30 days after its release.",
            ],
            page.FindAll("[data-testid=pool-rules] li").Select(li => li.TextContent.Trim())));
    }

    [Fact]
    public async Task OWN6_TheFormerOwner_SeesWhyTheyCannotClaimYet_AndAnotherRepOfTheRegionMay()
    {
        await using var context = new CrmTestContext(_database);
        context.SignIn(_owner);
        var page = context.RenderHosted<PoolPage>();

        page.WaitForAssertion(() => Assert.Equal(
            "This customer was released from you on 1 June; you can claim it again from 1 July (30 days after its release).",
            page.Find("[data-testid=pool-refusal]").TextContent.Trim()));
        Assert.True(page.Find("button[data-testid=pool-claim]").HasAttribute("disabled"));

        await using var colleague = new CrmTestContext(_database);
        colleague.SignIn(await _organisation.UserAsync(CrmRole.SalesRep, _east));
        var theirs = colleague.RenderHosted<PoolPage>();
        theirs.WaitForAssertion(() => Assert.False(theirs.Find("button[data-testid=pool-claim]").HasAttribute("disabled")));
        Assert.Empty(theirs.FindAll("[data-testid=pool-refusal]"));
    }

    [Fact]
    public async Task OWN6_TheRegionsManager_OpensClaimForARep_AndIsToldToChooseTheRep_BeforeAnythingIsClaimed()
    {
        var manager = await _organisation.AppointedManagerAsync(_east, "王经理");
        await using var context = new CrmTestContext(_database);
        context.SignIn(manager);
        var page = context.RenderHosted<PoolPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("button[data-testid=pool-claim-for]")));

        await page.ClickOn("button[data-testid=pool-claim-for]");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=claim-for-dialog]")));
        await page.ClickOn("button[data-testid=claim-for-submit]");

        page.WaitForAssertion(() => Assert.Equal("Choose the rep.", page.Find("[data-testid=claim-for-error]").TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=claim-for-dialog]"));
        await using var db = _database.CreateContext();
        Assert.NotNull((await db.Customers.SingleAsync()).PooledAt);
    }
}
