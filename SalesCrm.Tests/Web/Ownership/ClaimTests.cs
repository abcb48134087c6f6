using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>OWN-1/3/4: the first contact owns the customer; a second registration is refused, told why, and recorded.</summary>
public sealed class ClaimTests
{
    private static readonly string[] Spellings =
    [
        "华为技术{0}有限公司", "華為技術{0}有限公司", "华为技术{0}股份有限公司", "華為技術{0}股份有限公司",
        "华为技术{0} 有限责任公司", "（华为技术{0}）有限公司", "华为技术{0}(集团)有限公司", "華為技術{0}集團有限公司",
    ];

    [Fact]
    public async Task SecondRepRegisteringTraditionalSpelling_IsRefusedWithOwnerAndSince_AndTheAttemptIsRecorded_OWN3()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var repA = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("华东大区"), "张伟");
        var repB = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("华南大区"), "吴芳");
        var owned = await new CustomerBuilder().Named("华为技术有限公司").WithContact("李雷", "138 0013 8000").SaveAsync(database, repA);
        database.Time.Advance(TimeSpan.FromDays(3));

        var result = await database.SignIn(repB).Customers.CreateAsync(new CustomerBuilder().Named("華為技術股份有限公司").ToForm());

        Assert.Equal(SaveOutcome.Collision, result.Outcome);
        Assert.Equal(new OwnedMatch(MatchKind.CompanyName, "张伟", "华东大区", TestDatabase.Start, IsYours: false), Assert.Single(result.Matches!));
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Customers.CountAsync());
        var collision = await db.Collisions.SingleAsync();
        Assert.Equal((repB.Id, owned.Id, repA.Id, "華為技術股份有限公司", MatchKind.CompanyName, TestDatabase.Start.AddDays(3)),
            (collision.ClaimantId, collision.CustomerId, collision.OwnerId, collision.TypedName, collision.MatchedOn, collision.At));
    }

    [Fact]
    public async Task OwnerRegisteringTheirCustomerAgain_IsToldItIsTheirs_WithoutACollision()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var rep = await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("East"));
        await new CustomerBuilder().Named("Greenfield Logistics Co., Ltd.").SaveAsync(database, rep);

        var result = await database.SignIn(rep).Customers.CreateAsync(new CustomerBuilder().Named("GREENFIELD LOGISTICS LIMITED").ToForm());

        Assert.True(Assert.Single(result.Matches!).IsYours);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Collisions.CountAsync());
    }

    [Fact]
    public async Task EditRenamingIntoAnotherRepsCustomer_IsRefused_OWN2()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var region = await organisation.RegionAsync("East");
        var repA = await organisation.UserAsync(CrmRole.SalesRep, region);
        var repB = await organisation.UserAsync(CrmRole.SalesRep, region);
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(database, repA);
        var mine = await new CustomerBuilder().Named("腾讯科技有限公司").SaveAsync(database, repB);
        var session = database.SignIn(repB);
        var form = (await session.Customers.GetAsync(mine.Id))!.Data;
        form.Name = "華為技術有限公司";

        var result = await session.Customers.UpdateAsync(form);

        Assert.Equal(SaveOutcome.Collision, result.Outcome);
        await using var db = database.CreateContext();
        Assert.Equal("腾讯科技有限公司", (await db.Customers.SingleAsync(c => c.Id == mine.Id)).Name);
    }

    // OWN-4 with real concurrency: many reps register one company at the same moment under different spellings;
    // the database's unique keys let exactly one in, every round.
    [Fact]
    public async Task ParallelRegistrationsUnderDifferentSpellings_YieldExactlyOneOwnerAndTheRestCollisions_OWN4()
    {
        await using var database = await TestDatabase.OnDiskAsync();
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var reps = new List<SalesCrm.Web.Auth.CrmUser>();
        foreach (var _ in Spellings)
        {
            reps.Add(await organisation.UserAsync(CrmRole.SalesRep, east));
        }

        for (var round = 0; round < 5; round++)
        {
            var company = $"R{round}";
            var sessions = reps.Select(database.SignIn).ToList();
            using var start = new Barrier(Spellings.Length);
            var claims = Spellings.Select((spelling, i) => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await sessions[i].Customers.CreateAsync(new CustomerBuilder().Named(string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, company)).ToForm());
            }));

            var outcomes = await Task.WhenAll(claims);

            Assert.Equal(1, outcomes.Count(o => o.Outcome == SaveOutcome.Saved));
            Assert.Equal(Spellings.Length - 1, outcomes.Count(o => o.Outcome == SaveOutcome.Collision));
            await using var db = database.CreateContext();
            var key = CompanyNameKey.For($"华为技术{company}");
            Assert.Equal(1, await db.Customers.CountAsync(c => c.NameKey == key));
            var winner = outcomes.Single(o => o.Outcome == SaveOutcome.Saved).Id;
            Assert.Equal(Spellings.Length - 1, await db.Collisions.CountAsync(c => c.CustomerId == winner));
        }
    }
}
