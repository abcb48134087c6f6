using SalesCrm.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Tests.Domain.Complaints;

/// <summary>SVC-1..3 in the domain: every allowed and refused move of a complaint and a request, and the 48-hour first response.</summary>
public sealed class ServiceRequestTests
{
    private static readonly TimeSpan FirstResponse = TimeSpan.FromHours(48);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Guid _agent = Guid.NewGuid();
    private readonly Guid _region = Guid.NewGuid();
    private readonly Guid _investigator = Guid.NewGuid();
    private readonly Guid _director = Guid.NewGuid();

    [Fact]
    public void SVC2_AComplaintGoesEveryStepInOrder_ToClosed()
    {
        var complaint = Complaint();
        complaint.AssignInvestigator(_investigator, CrmRole.ServiceManager, Now);
        complaint.RecordRootCause("叉车电池批次缺陷 Faulty battery batch", _investigator);
        complaint.ProposeSolution("售后服务部 After-sales", "更换电池 Replace the batteries", Today.AddDays(7), _investigator, Now, Company.Calendar);
        complaint.ApproveSolution(CrmRole.MarketingDirector, _director);
        complaint.RecordProgress("已发货 Batteries shipped", sharedWithCustomer: true, CrmRole.ServiceAgent, _agent, Now);
        complaint.Resolve("满意 Satisfied", 4, CrmRole.ServiceAgent, Now);
        complaint.Close(CrmRole.ServiceAgent, Now);

        Assert.Equal((ServiceRequestStatus.Closed, 4, _director), (complaint.Status, complaint.SatisfactionScore, complaint.SolutionApprovedById));
        Assert.True(Assert.Single(complaint.Progress).SharedWithCustomer);
    }

    [Fact]
    public void SVC2_AServiceAgentCannotApproveASolution_OnlyTheMarketingDirector()
    {
        var complaint = Proposed();

        var refused = Assert.Throws<DomainException>(() => complaint.ApproveSolution(CrmRole.ServiceAgent, _agent));
        Assert.Throws<DomainException>(() => complaint.ApproveSolution(CrmRole.ServiceManager, _agent));

        Assert.Equal(("Service.RoleNotAllowed", "Only the marketing director approves a complaint's solution."), (refused.Code, refused.Message));
        Assert.Equal(ServiceRequestStatus.SolutionProposed, complaint.Status);
    }

    [Fact]
    public void SVC2_TheDirectorSendsTheSolutionBackWithAComment_AndTheInvestigatorProposesAgain()
    {
        var complaint = Proposed();

        Assert.Throws<DomainValidationException>(() => complaint.SendBackSolution(" ", CrmRole.MarketingDirector));
        complaint.SendBackSolution("Measures lack a date for the replacement", CrmRole.MarketingDirector);

        Assert.Equal(ServiceRequestStatus.UnderInvestigation, complaint.Status);
        complaint.ProposeSolution("After-sales", "Replace by 10 Nov", Today.AddDays(8), _investigator, Now, Company.Calendar);
        Assert.Equal((ServiceRequestStatus.SolutionProposed, null), (complaint.Status, complaint.SolutionSentBackComment));
    }

    [Fact]
    public void SVC2_RefusedMoves_SayWhy_AndChangeNothing()
    {
        var complaint = Complaint();

        Assert.Equal("Service.RoleNotAllowed", Assert.Throws<DomainException>(() => complaint.AssignInvestigator(_investigator, CrmRole.ServiceAgent, Now)).Code);
        Assert.Equal("Service.NotTheInvestigator", Assert.Throws<DomainException>(() => complaint.RecordRootCause("x", _agent)).Code);
        Assert.Equal("Service.NoSolutionProposed", Assert.Throws<DomainException>(() => complaint.ApproveSolution(CrmRole.MarketingDirector, _director)).Code);
        Assert.Equal("Service.NotReadyToClose", Assert.Throws<DomainException>(() => complaint.Close(CrmRole.ServiceAgent, Now)).Code);
        Assert.Equal("Service.ComplaintNeedsInvestigation", Assert.Throws<DomainException>(() => complaint.AnswerRequest("Sorry", CrmRole.ServiceAgent, Now)).Code);
        complaint.AssignInvestigator(_investigator, CrmRole.ServiceManager, Now);
        Assert.Equal("Service.RootCauseFirst", Assert.Throws<DomainException>(() => complaint.ProposeSolution("A", "B", Today.AddDays(1), _investigator, Now, Company.Calendar)).Code);
        Assert.Equal("Service.NotBeingResolved", Assert.Throws<DomainException>(() => complaint.Resolve("ok", 5, CrmRole.ServiceAgent, Now)).Code);

        Assert.Equal((ServiceRequestStatus.UnderInvestigation, null), (complaint.Status, complaint.RootCause));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(null)]
    public void SVC2_TheSatisfactionScoreIsOneToFive(int? score)
    {
        var complaint = BeingResolved();

        var errors = Assert.Throws<DomainValidationException>(() => complaint.Resolve("ok", score, CrmRole.ServiceAgent, Now)).Errors;

        Assert.Equal("SatisfactionScore", Assert.Single(errors).Field);
    }

    [Fact]
    public void SVC2_AnInquiryTakesTheShortPath_AnsweredThenClosed_AndIsNeverInvestigated()
    {
        var inquiry = ServiceRequest.Log(ServiceRequestKind.Inquiry, ServiceCategory.OrderTracking, null, _region, "李先生", "订单 PO-778 何时发货 When does order PO-778 ship?", "138 0013 8000", "Phone", Severity.Low, CrmRole.ServiceAgent, _agent, Now);

        Assert.Equal("Service.NotAComplaint", Assert.Throws<DomainException>(() => inquiry.AssignInvestigator(_investigator, CrmRole.ServiceManager, Now)).Code);
        inquiry.AnswerRequest("11 月 5 日发货 Ships on 5 Nov", CrmRole.ServiceAgent, Now);
        inquiry.Close(CrmRole.ServiceAgent, Now);

        Assert.Equal((ServiceRequestStatus.Closed, Now), (inquiry.Status, inquiry.FirstRespondedAt));
    }

    [Fact]
    public void SVC1_OnlyCustomerServiceLogs_AndWhatIsMissingIsNamedByField()
    {
        Assert.Equal("Service.RoleNotAllowed", Assert.Throws<DomainException>(() =>
            ServiceRequest.Log(ServiceRequestKind.Complaint, ServiceCategory.ProductQuality, null, _region, "A", "B", null, null, Severity.High, CrmRole.SalesRep, _agent, Now)).Code);

        var errors = Assert.Throws<DomainValidationException>(() =>
            ServiceRequest.Log(ServiceRequestKind.Complaint, ServiceCategory.ProductQuality, null, _region, " ", null, null, null, Severity.High, CrmRole.ServiceAgent, _agent, Now)).Errors;

        Assert.Equal(["Complainant", "Matter"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(47 * 60 + 59, SlaState.DueSoon)]
    [InlineData(48 * 60 + 1, SlaState.Overdue)]
    [InlineData(38 * 60 + 23, SlaState.OnTime)]
    [InlineData(38 * 60 + 24, SlaState.DueSoon)]
    public void SVC3_TheFirstResponseIsDue48HoursAfterReceipt_StandingOutInItsLastFifth(int minutesLater, SlaState expected)
    {
        var complaint = Complaint();

        _time.Advance(TimeSpan.FromMinutes(minutesLater));

        Assert.Equal(expected, complaint.FirstResponseState(FirstResponse, _time.GetUtcNow()));
    }

    [Fact]
    public void SVC3_AssigningTheInvestigatorIsTheFirstResponse_AfterwhichItIsMet()
    {
        var complaint = Complaint();
        _time.Advance(TimeSpan.FromHours(50));

        complaint.AssignInvestigator(_investigator, CrmRole.ServiceManager, _time.GetUtcNow());

        Assert.Equal((SlaState.Met, _time.GetUtcNow()), (complaint.FirstResponseState(FirstResponse, _time.GetUtcNow()), complaint.FirstRespondedAt));
    }

    [Fact]
    public void SVC3_TheOverdueNoticeIsSentOnce()
    {
        var complaint = Complaint();
        _time.Advance(TimeSpan.FromHours(49));

        Assert.True(complaint.MarkOverdueNotified(_time.GetUtcNow()));
        _time.Advance(TimeSpan.FromHours(1));

        Assert.False(complaint.MarkOverdueNotified(_time.GetUtcNow()));
    }

    [Fact]
    public void SVC3_TheApprovedSolutionsDeadlineIsTracked_AndItsOverdueNoticeIsSentOnce()
    {
        var complaint = BeingResolved();
        var deadline = Today.AddDays(7);
        _time.SetUtcNow(Company.Calendar.FromCompanyTime(deadline.ToDateTime(new TimeOnly(23, 59))));
        Assert.Equal(SlaState.DueSoon, complaint.SolutionState(Now, Company.Calendar));

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(SlaState.Overdue, complaint.SolutionState(Now, Company.Calendar));
        Assert.True(complaint.MarkSolutionOverdueNotified(Now));
        Assert.False(complaint.MarkSolutionOverdueNotified(Now.AddHours(1)));
    }

    [Fact]
    public void SVC1_AnUnknownCategoryIsRefusedNextToTheField()
    {
        var errors = Assert.Throws<DomainValidationException>(() =>
            ServiceRequest.Log(ServiceRequestKind.Complaint, (ServiceCategory)99, null, _region, "A", "B", null, null, Severity.High, CrmRole.ServiceAgent, _agent, Now)).Errors;

        Assert.Equal("Category", Assert.Single(errors).Field);
    }

    [Fact]
    public void SVC2_AnImprovementIsTrackedToDone_AfterTheComplaintIsClosed_ByItsOwnerOnly()
    {
        var owner = Guid.NewGuid();
        var complaint = BeingResolved();
        var improvement = complaint.AddImprovement("来料检验增加电池抽检 Sample-test incoming batteries", owner, Today.AddDays(30), CrmRole.ServiceManager);
        complaint.Resolve("ok", 5, CrmRole.ServiceAgent, Now);
        complaint.Close(CrmRole.ServiceAgent, Now);

        Assert.Equal("Service.NotImprovementOwner", Assert.Throws<DomainException>(() => complaint.CompleteImprovement(improvement, _agent, Now)).Code);
        complaint.CompleteImprovement(improvement, owner, Now);

        Assert.True(Assert.Single(complaint.Improvements).IsDone);
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private DateOnly Today => Company.Calendar.DayOf(Now);

    private ServiceRequest Complaint() =>
        ServiceRequest.Log(ServiceRequestKind.Complaint, ServiceCategory.ProductQuality, Guid.NewGuid(), _region, "王经理 Manager Wang", "三台叉车电池续航不足 Three forklifts lose charge", "wang@example.cn", "E-mail", Severity.High, CrmRole.ServiceAgent, _agent, Now);

    private ServiceRequest Proposed()
    {
        var complaint = Complaint();
        complaint.AssignInvestigator(_investigator, CrmRole.ServiceManager, Now);
        complaint.RecordRootCause("Faulty battery batch", _investigator);
        complaint.ProposeSolution("After-sales", "Replace the batteries", Today.AddDays(7), _investigator, Now, Company.Calendar);
        return complaint;
    }

    private ServiceRequest BeingResolved()
    {
        var complaint = Proposed();
        complaint.ApproveSolution(CrmRole.MarketingDirector, _director);
        return complaint;
    }
}
