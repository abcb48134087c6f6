using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Complaints;

/// <summary>SVC-1..3: the request's one state table — what <see cref="ServiceRequest.AllowedMoves"/> offers is exactly what its methods accept.</summary>
public sealed class ServiceMovesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Investigator = Guid.NewGuid();
    private static readonly ServiceActor Everyone = new(Investigator, Works: true, Assigns: true, DecidesSolutions: true, AddsImprovements: true);

    public enum Stage
    {
        ComplaintReceived,
        Investigating,
        RootCauseKnown,
        SolutionProposed,
        BeingResolved,
        Resolved,
        ComplaintClosed,
        InquiryReceived,
        InquiryAnswered,
    }

    [Theory]
    [InlineData(Stage.ComplaintReceived)]
    [InlineData(Stage.Investigating)]
    [InlineData(Stage.RootCauseKnown)]
    [InlineData(Stage.SolutionProposed)]
    [InlineData(Stage.BeingResolved)]
    [InlineData(Stage.Resolved)]
    [InlineData(Stage.ComplaintClosed)]
    [InlineData(Stage.InquiryReceived)]
    [InlineData(Stage.InquiryAnswered)]
    public void SVC2_EveryMoveOffered_IsAccepted_AndEveryMoveNotOffered_IsRefused(Stage stage)
    {
        var offered = At(stage).AllowedMoves(Everyone);

        foreach (var move in Enum.GetValues<ServiceMove>())
        {
            var accepted = Record.Exception(() => Apply(At(stage), move)) is null;
            Assert.True(accepted == offered.Contains(move), $"{stage}: {move} offered {offered.Contains(move)}, accepted {accepted}");
        }
    }

    [Fact]
    public void SVC2_OnlyTheAssignedInvestigator_IsOfferedTheInvestigation_AndRolesLimitTheRest()
    {
        var request = At(Stage.RootCauseKnown);

        Assert.Equal([ServiceMove.AssignInvestigator, ServiceMove.AddImprovement], request.AllowedMoves(Everyone with { UserId = Guid.NewGuid() }));
        Assert.Empty(request.AllowedMoves(new ServiceActor(Guid.NewGuid(), false, false, false, false)));
        Assert.Equal([ServiceMove.ApproveSolution, ServiceMove.SendBackSolution], At(Stage.SolutionProposed).AllowedMoves(Everyone with { Works = false, Assigns = false, AddsImprovements = false }));
    }

    private static void Apply(ServiceRequest request, ServiceMove move)
    {
        switch (move)
        {
            case ServiceMove.AssignInvestigator:
                request.AssignInvestigator(Investigator, CrmRole.ServiceManager, Now);
                break;
            case ServiceMove.RecordRootCause:
                request.RecordRootCause("Pallet straps too loose", Investigator);
                break;
            case ServiceMove.ProposeSolution:
                request.ProposeSolution("Logistics 物流部", "Replace the damaged forklift", new DateOnly(2026, 6, 10), Investigator, Now, Company.Calendar);
                break;
            case ServiceMove.ApproveSolution:
                request.ApproveSolution(CrmRole.MarketingDirector, Guid.NewGuid());
                break;
            case ServiceMove.SendBackSolution:
                request.SendBackSolution("Add a deadline for the carrier", CrmRole.MarketingDirector);
                break;
            case ServiceMove.RecordProgress:
                request.RecordProgress("Replacement shipped", sharedWithCustomer: true, CrmRole.ServiceAgent, Guid.NewGuid(), Now);
                break;
            case ServiceMove.Resolve:
                request.Resolve("客户满意 Satisfied", 5, CrmRole.ServiceAgent, Now);
                break;
            case ServiceMove.Answer:
                request.AnswerRequest("Ships on 5 June", CrmRole.ServiceAgent, Now);
                break;
            case ServiceMove.Close:
                request.Close(CrmRole.ServiceAgent, Now);
                break;
            case ServiceMove.AddImprovement:
                request.AddImprovement("Check straps at loading", Guid.NewGuid(), new DateOnly(2026, 7, 1), CrmRole.ServiceManager);
                break;
        }
    }

    private static ServiceRequest At(Stage stage)
    {
        var inquiry = stage is Stage.InquiryReceived or Stage.InquiryAnswered;
        var request = ServiceRequest.Log(
            inquiry ? ServiceRequestKind.Inquiry : ServiceRequestKind.Complaint, ServiceCategory.Delivery, null, Guid.NewGuid(), "刘经理", "叉车交付受损 Delivered damaged",
            null, "Phone", Severity.Medium, CrmRole.ServiceAgent, Guid.NewGuid(), Now);
        var path = inquiry
            ? new[] { ServiceMove.Answer }.Take(stage == Stage.InquiryAnswered ? 1 : 0)
            : new[] { ServiceMove.AssignInvestigator, ServiceMove.RecordRootCause, ServiceMove.ProposeSolution, ServiceMove.ApproveSolution, ServiceMove.Resolve, ServiceMove.Close }
                .Take((int)stage);
        foreach (var step in path)
        {
            Apply(request, step);
        }

        return request;
    }
}
