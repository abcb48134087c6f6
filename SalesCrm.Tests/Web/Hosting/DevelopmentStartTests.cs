using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Seed;

namespace SalesCrm.Tests.Web.Hosting;

/// <summary>A first start in Development on an empty database: migrated before serving, demo organisation seeded.</summary>
public sealed class DevelopmentStartTests(DevelopmentStartTests.App app) : IClassFixture<DevelopmentStartTests.App>
{
    [Fact]
    public async Task Health_IsHealthyFromTheFirstRequest()
    {
        using var response = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task EmptyDatabase_GetsTheDemoOrganisation()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

        var emails = await db.Users.Select(u => u.Email).ToListAsync();

        Assert.Equal(DemoOrganisation.Users.Select(u => u.Email).Order(), emails.Order());
        Assert.Equal(DemoSeeder.CustomerCount, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task EmptyDatabase_GetsTheDemoCatalogue_WithOneDiscontinuedProduct() // CON-1
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

        var products = await db.Products.Select(p => new { p.Code, p.IsActive }).ToListAsync();

        Assert.Equal(DemoCatalogue.Products.Count, products.Count);
        Assert.Equal([DemoCatalogue.Discontinued], products.Where(p => !p.IsActive).Select(p => p.Code));
    }

    [Fact]
    public async Task EmptyDatabase_GetsDemoServiceWork_AtEveryStep_InTheServiceAgentsRegion() // SVC-1..3
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

        var statuses = await db.ServiceRequests.Select(r => r.Status).Distinct().ToListAsync();
        var agentRegion = await db.Users.Where(u => u.Role == SalesCrm.Domain.Organisation.CrmRole.ServiceAgent).Select(u => u.RegionId).FirstAsync();

        Assert.Equal(Enum.GetValues<SalesCrm.Domain.Complaints.ServiceRequestStatus>().Except([SalesCrm.Domain.Complaints.ServiceRequestStatus.Resolved, SalesCrm.Domain.Complaints.ServiceRequestStatus.Answered]).Order(), statuses.Order());
        Assert.True(await db.ServiceRequests.AllAsync(r => r.RegionId == agentRegion));
    }

    [Fact]
    public async Task EmptyDatabase_GetsAnOverdueReceivable_ForTheCollectorsWorklist() // AR-1
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var today = Company.Calendar.DayOf(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());

        var overdue = await db.Receivables.Where(r => !r.IsSettled && r.DueDate < today).Select(r => r.DueDate).ToListAsync();

        var due = Assert.Single(overdue);
        Assert.InRange(today.DayNumber - due.DayNumber, 31, 60);
    }

    [Fact]
    public async Task EmptyDatabase_GetsDemoCollisions_AndADisputeForTheEastManagerToDecide() // OWN-3, OWN-5
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

        var collisions = await db.Collisions.ToListAsync();
        var dispute = await db.OwnershipDisputes.SingleAsync();
        var owners = await db.Customers.Where(c => collisions.Select(k => k.CustomerId).Contains(c.Id)).Select(c => c.OwnerId).ToListAsync();

        Assert.Equal([SalesCrm.Domain.Ownership.MatchKind.CompanyName, SalesCrm.Domain.Ownership.MatchKind.Phone], collisions.Select(c => c.MatchedOn).Order());
        Assert.All(collisions, c => Assert.NotEqual(c.ClaimantId, c.OwnerId));
        Assert.Equal(collisions.Select(c => c.OwnerId).Order(), owners.Order());
        Assert.Equal((SalesCrm.Domain.Ownership.DisputeStatus.Open, dispute.OwnerRegionId), (dispute.Status, dispute.ClaimantRegionId));
    }

    [Fact]
    public async Task EmptyDatabase_GetsThisYearsTargets_SplitDownToThisMonthsPeople_AndItsSigningsCredited() // KPI-1, KPI-2
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var today = Company.Calendar.Today(TimeProvider.System);
        var targets = await db.SalesTargets.Where(t => t.Kind == TargetKind.SignedAmount && t.Year == today.Year).ToListAsync();
        var rollUp = new TargetRollUp(targets, await db.Regions.ToDictionaryAsync(r => r.Id, r => (IReadOnlyList<Guid>)[]));

        var company = Assert.Single(targets, t => t.Scope == TargetScope.Company).Amount;
        Assert.Equal(company, targets.Where(t => t.Scope == TargetScope.Region && t.PeriodKind == PeriodKind.Year).Sum(t => t.Amount));
        var month = Period.Containing(PeriodKind.Month, today);
        Assert.Equal(targets.Where(t => t.Scope == TargetScope.Region && t.Period == month).Sum(t => t.Amount),
            targets.Where(t => t.Scope == TargetScope.Person && t.Period == month).Sum(t => t.Amount));
        Assert.Equal(company, rollUp.For(TargetCell.Company(Period.OfYear(today.Year))));
        Assert.Equal(await db.Contracts.CountAsync(c => c.SignedAt != null), await db.SigningCredits.CountAsync());
        Assert.NotEmpty(await db.TargetTalks.ToListAsync());
        Assert.Equal(ImprovementPlanStatus.Submitted, (await db.ImprovementPlans.SingleAsync()).Status);
        Assert.Equal(month.Previous, (await db.MonthVerifications.SingleAsync()).Period);
    }

    [Fact]
    public async Task DemoUsers_SignInWithTheDemoPassword()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();

        var rep = await users.FindByEmailAsync("rep.east@demo.salescrm");

        Assert.True(await users.CheckPasswordAsync(rep!, DemoOrganisation.Password));
    }

    [Fact]
    public async Task EntraSignIn_IsNotOfferedWhenNotConfigured()
    {
        using var response = await app.CreateClient().GetAsync(new Uri("/account/entra", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LoginPage_ListsTheDemoSignIns()
    {
        var html = await app.CreateClient().GetStringAsync(new Uri("/login", UriKind.Relative));

        Assert.Contains("data-testid=\"demo-users\"", html, StringComparison.Ordinal);
    }

    public sealed class App() : CrmAppFactory(Environments.Development);
}
