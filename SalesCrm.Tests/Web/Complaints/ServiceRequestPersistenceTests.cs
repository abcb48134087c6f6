using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Tests.Web.Complaints;

/// <summary>SVC-1/2 on a real database: a complaint, its progress and improvements come back as saved, and every move is audited.</summary>
public sealed class ServiceRequestPersistenceTests
{
    [Fact]
    public async Task SVC2_AComplaintsWorkflowIsStoredWhole_AndEachMoveIsInItsHistory()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var organisation = new OrganisationBuilder(database);
        var east = await organisation.RegionAsync("East");
        var rep = await organisation.UserAsync(CrmRole.SalesRep, east);
        var agent = await organisation.UserAsync(CrmRole.ServiceAgent, east, "陈静");
        var investigator = await organisation.UserAsync(CrmRole.ServiceAgent, east, "赵敏");
        var customer = await new CustomerBuilder().Named("杭州物流有限公司").SaveAsync(database, rep);
        var now = database.Time.GetUtcNow();
        var complaint = ServiceRequest.Log(ServiceRequestKind.Complaint, ServiceCategory.ProductQuality, customer.Id, east.Id, "王经理", "叉车电池续航不足", "wang@example.cn", "E-mail", Severity.High, CrmRole.ServiceAgent, agent.Id, now);
        await SaveAsync(database, agent, db => db.ServiceRequests.Add(complaint));

        await using (var db = await AuditedContexts.CreateForAsync(database.Factory, Actor(agent)))
        {
            var stored = await db.ServiceRequests.SingleAsync();
            stored.AssignInvestigator(investigator.Id, CrmRole.ServiceManager, now);
            stored.RecordRootCause("电池批次缺陷 Faulty battery batch", investigator.Id);
            stored.ProposeSolution("售后服务部", "更换电池", Company.Calendar.DayOf(now).AddDays(7), investigator.Id, now, Company.Calendar);
            stored.ApproveSolution(CrmRole.MarketingDirector, Guid.NewGuid());
            stored.RecordProgress("已发货 Shipped", sharedWithCustomer: true, CrmRole.ServiceAgent, agent.Id, now);
            stored.AddImprovement("来料抽检 Sample incoming batteries", investigator.Id, Company.Calendar.DayOf(now).AddDays(30), CrmRole.ServiceManager);
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var loaded = await check.ServiceRequests.SingleAsync();
        Assert.Equal((ServiceRequestStatus.BeingResolved, east.Id, "电池批次缺陷 Faulty battery batch"), (loaded.Status, loaded.RegionId, loaded.RootCause));
        Assert.Equal("已发货 Shipped", Assert.Single(loaded.Progress).Text);
        Assert.False(Assert.Single(loaded.Improvements).IsDone);
        var statusChanges = await check.AuditEntries.Where(a => a.EntityId == loaded.Id && a.Field == nameof(ServiceRequest.Status)).Select(a => a.NewValue).ToListAsync();
        Assert.Equal(["Received", "BeingResolved"], statusChanges);
    }

    private static CurrentUser Actor(CrmUser user) => new(user.Id, user.DisplayName, user.Role, user.RegionId);

    private static async Task SaveAsync(TestDatabase database, CrmUser user, Action<CrmDbContext> change)
    {
        await using var db = await AuditedContexts.CreateForAsync(database.Factory, Actor(user));
        change(db);
        await db.SaveChangesAsync();
    }
}
