using SalesCrm.Domain.Complaints;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Tests.Web.Faults;

// Issue 17 §8 / SVC-2: the texts a service request's moves record (root cause, solution, the director's comment,
// progress, the customer's feedback, an answer, an improvement). Hostile text comes back on its field; the request keeps
// its status and its texts, and the move is not made.
public sealed class HostileServiceMoveInputTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ServiceScenario _s = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.InMemoryAsync();
        _s = await ServiceScenario.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => HostileInput.RefusedTexts();

    private ServiceRequestService Investigator => _database.SignIn(_s.Investigator).Service;

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task SVC2_AHostileRootCause_IsRefusedOnTheRootCause_AndNoneIsRecorded(string hostile, string code)
    {
        var id = await _s.LoggedComplaintAsync();
        ServiceScenario.Ensure(await _database.SignIn(_s.ServiceManager).Service.AssignInvestigatorAsync(id, _s.Investigator.Id));

        var errors = await Investigator.RecordRootCauseAsync(id, HostileInput.Text(hostile));

        Assert.Equal(("RootCause", code), (Assert.Single(errors).Field, errors[0].Code));
        var request = await RequestAsync(id);
        Assert.Equal((ServiceRequestStatus.UnderInvestigation, (string?)null), (request.Status, request.RootCause));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task SVC2_AHostileDepartmentOrMeasures_IsRefusedOnEachField_AndNoSolutionIsProposed(string hostile, string code)
    {
        var id = await _s.LoggedComplaintAsync();
        ServiceScenario.Ensure(await _database.SignIn(_s.ServiceManager).Service.AssignInvestigatorAsync(id, _s.Investigator.Id));
        ServiceScenario.Ensure(await Investigator.RecordRootCauseAsync(id, "电池批次不良"));
        var text = HostileInput.Text(hostile);

        var errors = await Investigator.ProposeSolutionAsync(id, text, text, _s.Today.AddDays(7));

        Assert.Equal([("ResponsibleDepartment", code), ("Measures", code)], errors.Select(e => (e.Field, e.Code)));
        var request = await RequestAsync(id);
        Assert.Equal((ServiceRequestStatus.UnderInvestigation, (string?)null, (string?)null), (request.Status, request.ResponsibleDepartment, request.Measures));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task SVC2_AHostileCommentSendingTheSolutionBack_IsRefusedOnTheComment_AndTheSolutionStaysProposed(string hostile, string code)
    {
        var id = await _s.ProposedComplaintAsync();

        var errors = await _database.SignIn(_s.Director).Service.SendBackSolutionAsync(id, HostileInput.Text(hostile));

        Assert.Equal(("Comment", code), (Assert.Single(errors).Field, errors[0].Code));
        var request = await RequestAsync(id);
        Assert.Equal((ServiceRequestStatus.SolutionProposed, (string?)null), (request.Status, request.SolutionSentBackComment));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task SVC2_HostileProgressOrFeedback_IsRefusedOnItsField_AndNothingIsRecorded(string hostile, string code)
    {
        var id = await _s.BeingResolvedComplaintAsync();
        var agent = _s.AgentSession.Service;
        var text = HostileInput.Text(hostile);

        var progress = await agent.RecordProgressAsync(id, text, sharedWithCustomer: true);
        var resolved = await agent.ResolveAsync(id, text, 4);

        Assert.Equal([("Text", code), ("CustomerFeedback", code)], new[] { Assert.Single(progress), Assert.Single(resolved) }.Select(e => (e.Field, e.Code)));
        var request = await RequestAsync(id);
        Assert.Equal((ServiceRequestStatus.BeingResolved, 0, (string?)null), (request.Status, request.Progress.Count, request.CustomerFeedback));
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task SVC2_AHostileImprovement_IsRefusedOnItsText_AndNoneIsTracked(string hostile, string code)
    {
        var id = await _s.ProposedComplaintAsync();

        var errors = await _database.SignIn(_s.ServiceManager).Service.AddImprovementAsync(id, HostileInput.Text(hostile), _s.Investigator.Id, _s.Today.AddDays(30));

        Assert.Equal(("Text", code), (Assert.Single(errors).Field, errors[0].Code));
        Assert.Empty((await RequestAsync(id)).Improvements);
    }

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task SVC2_AHostileAnswerToAnInquiry_IsRefusedOnTheAnswer_AndTheInquiryStaysReceived(string hostile, string code)
    {
        var form = _s.ComplaintForm();
        form.Kind = ServiceRequestKind.Inquiry;
        var id = (await _s.AgentSession.Service.LogAsync(form)).Id!.Value;

        var errors = await _s.AgentSession.Service.AnswerAsync(id, HostileInput.Text(hostile));

        Assert.Equal(("Answer", code), (Assert.Single(errors).Field, errors[0].Code));
        var request = await RequestAsync(id);
        Assert.Equal((ServiceRequestStatus.Received, (string?)null, (DateTimeOffset?)null), (request.Status, request.Answer, request.FirstRespondedAt));
    }

    [Fact]
    public async Task SVC2_MarkupInAProgressUpdate_IsKeptExactlyAsTyped()
    {
        var id = await _s.BeingResolvedComplaintAsync();

        ServiceScenario.Ensure(await _s.AgentSession.Service.RecordProgressAsync(id, HostileInput.Script, sharedWithCustomer: false));

        Assert.Equal(HostileInput.Script, Assert.Single((await RequestAsync(id)).Progress).Text);
    }

    private async Task<ServiceRequest> RequestAsync(Guid id) => (await _s.AgentSession.Service.GetAsync(id))!.Request;
}
