using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Notifications;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Complaints;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Tests.Web.Complaints;

/// <summary>SVC-1..4 through the service on a real database: who logs, moves, reads and is told what; SEC-4: how the complainant's contact details are kept.</summary>
public sealed class ServiceRequestServiceTests : IAsyncLifetime
{
    private static readonly PageRequest FirstPage = new(0, 25);
    private TestDatabase _database = default!;
    private ServiceScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await ServiceScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SVC1_AnAgentLogsAComplaint_AtTheServerClock_InTheCustomersRegion()
    {
        var id = await _s.LoggedComplaintAsync();

        var view = (await _s.AgentSession.Service.GetAsync(id))!;
        Assert.Equal(
            (_database.Time.GetUtcNow(), _s.East.Id, "杭州物流有限公司", ServiceRequestStatus.Received, ServiceCategory.ProductQuality),
            (view.Request.ReceivedAt, view.Request.RegionId, view.CustomerName, view.Request.Status, view.Request.Category));
        Assert.Equal(_database.Time.GetUtcNow().AddHours(48), view.FirstResponseDue);
    }

    [Fact]
    public async Task SVC1_BadInput_IsRefusedByField_AndNothingIsSaved()
    {
        var form = _s.ComplaintForm();
        form.Matter = "  ";
        form.Category = null;

        var result = await _s.AgentSession.Service.LogAsync(form);

        Assert.Null(result.Id);
        Assert.Equal(["Category", "Matter"], result.Errors.Select(e => e.Field).Order());
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ServiceRequests.CountAsync());
    }

    [Fact]
    public async Task SVC1_SEC1_AnAgentFindsOnlyTheirRegionsCustomers_AndCannotNameAnother()
    {
        var west = _database.SignIn(_s.WestAgent).Service;

        Assert.Empty(await west.SearchCustomersAsync("杭州"));
        Assert.Single(await _s.AgentSession.Service.SearchCustomersAsync("杭州"));
        var refused = await west.LogAsync(_s.ComplaintForm());
        Assert.Equal("Service.CustomerNotFound", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task SVC1_ARepCannotLogAComplaint()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_s.Rep).Service.LogAsync(_s.ComplaintForm()));
    }

    [Fact]
    public async Task SVC4_ANewComplaint_TellsTheOwnerTheAccountManagerAndTheServiceManager()
    {
        await _s.LoggedComplaintAsync();

        await using var db = _database.CreateContext();
        var told = await db.Notifications.Select(n => new { n.RecipientId, n.Kind }).ToListAsync();
        Assert.Contains(told, n => n.RecipientId == _s.Rep.Id && n.Kind == NotificationKind.ComplaintAgainstYourCustomer);
        Assert.Contains(told, n => n.RecipientId == _s.AccountManager.Id && n.Kind == NotificationKind.ComplaintAgainstYourCustomer);
        Assert.Contains(told, n => n.RecipientId == _s.ServiceManager.Id && n.Kind == NotificationKind.ComplaintToAssign);
        Assert.Equal(3, told.Count);
    }

    [Fact]
    public async Task SVC4_TheOwnerAndAccountManagerReadTheComplaintInTheArchive_AnotherRegionsRepDoesNot()
    {
        var id = await _s.LoggedComplaintAsync();

        Assert.Equal(id, Assert.Single(await _database.SignIn(_s.Rep).Service.ForCustomerAsync(_s.Customer.Id)).Id);
        Assert.Equal(id, Assert.Single(await _database.SignIn(_s.AccountManager).Service.ForCustomerAsync(_s.Customer.Id)).Id);
        Assert.Empty(await _database.SignIn(_s.WestRep).Service.ForCustomerAsync(_s.Customer.Id));
        Assert.Null(await _database.SignIn(_s.WestAgent).Service.GetAsync(id));
    }

    [Fact]
    public async Task SVC2_TheWholeComplaintPath_EndsClosed_WithFeedbackAndProgress()
    {
        var id = await _s.BeingResolvedComplaintAsync();
        var agent = _s.AgentSession.Service;

        ServiceScenario.Ensure(await agent.RecordProgressAsync(id, "已更换两台电池 Two batteries replaced", sharedWithCustomer: true));
        ServiceScenario.Ensure(await agent.ResolveAsync(id, "客户满意 Satisfied", 4));
        ServiceScenario.Ensure(await agent.CloseAsync(id));

        var view = (await agent.GetAsync(id))!;
        Assert.Equal((ServiceRequestStatus.Closed, 4, _s.Director.Id), (view.Request.Status, view.Request.SatisfactionScore, view.Request.SolutionApprovedById));
        Assert.True(Assert.Single(view.Request.Progress).SharedWithCustomer);
    }

    [Fact]
    public async Task SVC2_AServiceAgentCannotApproveASolution_NorCanTheServiceManager()
    {
        var id = await _s.ProposedComplaintAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.AgentSession.Service.ApproveSolutionAsync(id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _database.SignIn(_s.ServiceManager).Service.ApproveSolutionAsync(id));
        Assert.Equal(ServiceRequestStatus.SolutionProposed, (await _s.AgentSession.Service.GetAsync(id))!.Request.Status);
    }

    [Fact]
    public async Task SVC2_OnlyTheServiceManagerAssigns_AndOnlyTheirRegionsServiceStaff()
    {
        var id = await _s.LoggedComplaintAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => _s.AgentSession.Service.AssignInvestigatorAsync(id, _s.Investigator.Id));
        var manager = _database.SignIn(_s.ServiceManager).Service;
        Assert.Equal("Service.InvestigatorInvalid", Assert.Single(await manager.AssignInvestigatorAsync(id, _s.WestAgent.Id)).Code);
        Assert.Equal("Service.InvestigatorInvalid", Assert.Single(await manager.AssignInvestigatorAsync(id, _s.Rep.Id)).Code);
        var investigators = (await manager.InvestigatorsAsync(id)).Select(p => p.Id).ToHashSet();
        Assert.Equal(new HashSet<Guid> { _s.Agent.Id, _s.ServiceManager.Id, _s.Investigator.Id }, investigators);
    }

    [Fact]
    public async Task SVC2_OnlyTheAssignedInvestigator_RecordsTheRootCause()
    {
        var id = await _s.LoggedComplaintAsync();
        ServiceScenario.Ensure(await _database.SignIn(_s.ServiceManager).Service.AssignInvestigatorAsync(id, _s.Investigator.Id));

        var refused = await _s.AgentSession.Service.RecordRootCauseAsync(id, "guess");

        Assert.Equal("Service.NotTheInvestigator", Assert.Single(refused).Code);
        await using var db = _database.CreateContext();
        Assert.Contains(await db.Notifications.Select(n => new { n.RecipientId, n.Kind }).ToListAsync(), n => n.RecipientId == _s.Investigator.Id && n.Kind == NotificationKind.InvestigationAssigned);
    }

    [Fact]
    public async Task SVC2_AProposedSolution_WaitsForTheDirector_WhoIsTold_AndTheSendBackCommentReachesTheInvestigator()
    {
        var id = await _s.ProposedComplaintAsync();
        var director = _database.SignIn(_s.Director).Service;

        Assert.Equal(id, Assert.Single((await director.ListAsync(FirstPage, ServiceWorklist.AwaitingApproval)).Items).Id);
        Assert.Equal("Service.CommentRequired", Assert.Single(await director.SendBackSolutionAsync(id, " ")).Code);
        ServiceScenario.Ensure(await director.SendBackSolutionAsync(id, "期限太长 The deadline is too far"));

        await using var db = _database.CreateContext();
        var told = await db.Notifications.Select(n => new { n.RecipientId, n.Kind }).ToListAsync();
        Assert.Contains(told, n => n.RecipientId == _s.Director.Id && n.Kind == NotificationKind.SolutionAwaitsApproval);
        Assert.Contains(told, n => n.RecipientId == _s.Investigator.Id && n.Kind == NotificationKind.SolutionSentBack);
        Assert.Equal(ServiceRequestStatus.UnderInvestigation, (await director.GetAsync(id))!.Request.Status);
    }

    [Fact]
    public async Task SEC2_EveryMoveIsAudited_UnderTheRequest()
    {
        var id = await _s.BeingResolvedComplaintAsync();

        await using var db = _database.CreateContext();
        var statuses = await db.AuditEntries.Where(a => a.EntityId == id && a.Field == "Status").OrderBy(a => a.Id).Select(a => a.NewValue).ToListAsync();
        Assert.Equal(["Received", "UnderInvestigation", "SolutionProposed", "BeingResolved"], statuses.Where(s => s is not null).ToList()!);
    }

    [Fact]
    public async Task SVC2_AnImprovementIsOwnedBySomeoneOfTheRegion_AndDoneByThemAfterClosing()
    {
        var id = await _s.BeingResolvedComplaintAsync();
        var manager = _database.SignIn(_s.ServiceManager).Service;
        Assert.Equal("Service.OwnerInvalid", Assert.Single(await manager.AddImprovementAsync(id, "Check batteries", _s.WestAgent.Id, _s.Today.AddDays(30))).Code);
        ServiceScenario.Ensure(await manager.AddImprovementAsync(id, "来料抽检 Sample-test incoming batteries", _s.Investigator.Id, _s.Today.AddDays(30)));
        var agent = _s.AgentSession.Service;
        ServiceScenario.Ensure(await agent.ResolveAsync(id, "ok", 5));
        ServiceScenario.Ensure(await agent.CloseAsync(id));
        var improvement = Assert.Single((await agent.GetAsync(id))!.Request.Improvements).Id;

        Assert.Equal("Service.NotImprovementOwner", Assert.Single(await agent.CompleteImprovementAsync(id, improvement)).Code);
        ServiceScenario.Ensure(await _database.SignIn(_s.Investigator).Service.CompleteImprovementAsync(id, improvement));

        Assert.True(Assert.Single((await agent.GetAsync(id))!.Request.Improvements).IsDone);
    }

    [Fact]
    public async Task SVC1_AnInquiry_TakesTheShortPath_AndTellsNobody()
    {
        var form = _s.ComplaintForm();
        form.Kind = ServiceRequestKind.Inquiry;
        form.Category = ServiceCategory.OrderTracking;
        var id = (await _s.AgentSession.Service.LogAsync(form)).Id!.Value;

        ServiceScenario.Ensure(await _s.AgentSession.Service.AnswerAsync(id, "11 月 5 日发货 Ships on 5 Nov"));
        ServiceScenario.Ensure(await _s.AgentSession.Service.CloseAsync(id));

        Assert.Equal(ServiceRequestStatus.Closed, (await _s.AgentSession.Service.GetAsync(id))!.Request.Status);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.Notifications.CountAsync());
    }

    [Fact]
    public async Task SVC3_TheOverdueList_HasWhatIsPast48Hours_WithTheTimeLeftOnTheRest()
    {
        var old = await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromHours(40));
        var recent = await _s.LoggedComplaintAsync();
        _database.Time.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        var agent = _s.AgentSession.Service;

        Assert.Equal(old, Assert.Single((await agent.ListAsync(FirstPage, ServiceWorklist.Overdue)).Items).Id);
        var open = (await agent.ListAsync(FirstPage, ServiceWorklist.Open)).Items;
        Assert.Equal([(old, SlaState.Overdue), (recent, SlaState.OnTime)], open.Select(r => (r.Id, r.FirstResponse)).ToList());
    }

    [Fact]
    public async Task SVC3_TheServiceManagerIsToldOnceOfAnOverdueFirstResponse_HoweverOftenTheJobRuns()
    {
        await _s.LoggedComplaintAsync();
        var service = _s.AgentSession.Service;
        _database.Time.Advance(TimeSpan.FromHours(47) + TimeSpan.FromMinutes(59));
        Assert.Equal(0, await service.NotifyOverdueAsync());

        _database.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await service.NotifyOverdueAsync());
        _database.Time.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await service.NotifyOverdueAsync());

        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientId == _s.ServiceManager.Id && n.Kind == NotificationKind.FirstResponseOverdue));
    }

    [Fact]
    public async Task SVC3_TheServiceManagerIsToldOnceWhenTheApprovedSolutionsDeadlinePasses()
    {
        await _s.BeingResolvedComplaintAsync();
        var service = _s.AgentSession.Service;
        _database.Time.Advance(TimeSpan.FromDays(8) + TimeSpan.FromHours(1));

        Assert.Equal(1, await service.NotifyOverdueAsync());
        Assert.Equal(0, await service.NotifyOverdueAsync());

        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientId == _s.ServiceManager.Id && n.Kind == NotificationKind.SolutionOverdue));
    }

    [Fact]
    public async Task SEC4_AComplaintsContactDetails_AreStoredEncrypted_AndReadBackAsTyped()
    {
        var id = await LogAsync("王经理 0571-8888 1234, wang@example.cn");

        await using var db = _database.CreateContext();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT ContactDetails AS Value FROM ServiceRequests").SingleAsync();
        var view = (await _s.AgentSession.Service.GetAsync(id))!;

        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("8888", stored, StringComparison.Ordinal);
        Assert.Equal("王经理 0571-8888 1234, wang@example.cn", _database.Protector.Unprotect(stored));
        Assert.Equal("王经理 0571-8888 1234, wang@example.cn", view.Request.ContactDetails);
    }

    [Theory]
    [InlineData("0571-8888 1234", "**********1234")]
    [InlineData("Wang@Example.cn", "W***@Example.cn")]
    [InlineData("王经理 0571-8888 1234", "**************1234")]
    public async Task SEC4_AComplaintsContactDetails_AreMaskedInTheAuditTrail_LikeAContactsPhoneOrEmail(string typed, string recorded)
    {
        var id = await LogAsync(typed);

        await using var db = _database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityId == id && a.Field == nameof(ServiceRequest.ContactDetails));

        Assert.Equal((null, recorded), (entry.OldValue, entry.NewValue));
    }

    private async Task<Guid> LogAsync(string contactDetails)
    {
        var form = _s.ComplaintForm();
        form.ContactDetails = contactDetails;
        var result = await _s.AgentSession.Service.LogAsync(form);
        return result.Id!.Value;
    }
}
