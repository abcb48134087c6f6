using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Domain.Complaints;

/// <summary>
/// A complaint, inquiry, suggestion or return/exchange request (SVC-1..3). Each move is a method that refuses what the
/// actor's role or the request's state does not allow, with a message the user can read. The received time is the
/// server's clock when it is logged. The first response (SVC-3) is the first move out of "received": an investigator
/// assigned or an answer given; it is due <c>firstResponseWithin</c> after receipt.
/// </summary>
public sealed class ServiceRequest : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 200;

    /// <summary>SVC-3: an item "stands out" in the last fifth of the time it was given.</summary>
    public const double DueSoonShare = 0.2;

    private readonly List<ProgressUpdate> _progress = [];
    private readonly List<ImprovementAction> _improvements = [];

    private ServiceRequest()
    {
        Complainant = string.Empty;
        Matter = string.Empty;
    }

    public ServiceRequestKind Kind { get; private set; }
    public ServiceRequestStatus Status { get; private set; }
    public Guid? CustomerId { get; private set; }

    /// <summary>SEC-1: the customer's region, or the logging agent's when the request names no customer.</summary>
    public Guid RegionId { get; private set; }
    public string Complainant { get; private set; }
    public string? ContactDetails { get; private set; }
    public string? Channel { get; private set; }
    public string Matter { get; private set; }
    public ServiceCategory Category { get; private set; }
    public Severity Severity { get; private set; }
    public Guid LoggedById { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? FirstRespondedAt { get; private set; }
    public Guid? InvestigatorId { get; private set; }
    public string? RootCause { get; private set; }
    public string? ResponsibleDepartment { get; private set; }
    public string? Measures { get; private set; }
    public DateOnly? SolutionDeadline { get; private set; }
    public string? SolutionSentBackComment { get; private set; }
    public Guid? SolutionApprovedById { get; private set; }
    public string? Answer { get; private set; }
    public string? CustomerFeedback { get; private set; }
    public int? SatisfactionScore { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>SVC-3: set once, when the service manager was told the first response is overdue, so they are told only once.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; private set; }

    /// <summary>SVC-3: the same for the approved solution's deadline.</summary>
    public DateTimeOffset? SolutionOverdueNotifiedAt { get; private set; }

    public IReadOnlyList<ProgressUpdate> Progress => _progress;
    public IReadOnlyList<ImprovementAction> Improvements => _improvements;

    public bool IsComplaint => Kind == ServiceRequestKind.Complaint;

    /// <summary>
    /// SEC-4: what of a complainant's contact details may be shown in logs and audit entries, masked as a contact's are:
    /// an e-mail address keeps its first letter and domain; a phone number, or any other text, its last four characters.
    /// </summary>
    public static string MaskContactDetails(string contactDetails)
    {
        ArgumentNullException.ThrowIfNull(contactDetails);
        return EmailAddress.Validate(contactDetails) is null
            ? EmailAddress.FromStored(contactDetails.Trim()).Masked
            : PhoneNumber.FromStored(contactDetails).Masked;
    }

    public static ServiceRequest Log(
        ServiceRequestKind kind, ServiceCategory category, Guid? customerId, Guid regionId, string? complainant, string? matter, string? contactDetails, string? channel,
        Severity severity, CrmRole actorRole, Guid actorId, DateTimeOffset now)
    {
        RequireRole(actorRole, "Only customer service logs complaints and requests.", CrmRole.ServiceAgent, CrmRole.ServiceManager);
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(nameof(Kind), "Service.KindRequired", "Choose what the customer brings: complaint, inquiry, suggestion or return/exchange.");
        }

        if (!Enum.IsDefined(category))
        {
            errors.Add(nameof(Category), "Service.CategoryRequired", "Choose what the matter is about.");
        }

        if (!Enum.IsDefined(severity))
        {
            errors.Add(nameof(Severity), "Service.SeverityRequired", "Choose the severity.");
        }

        var who = Required(errors, nameof(Complainant), complainant, ShortTextMaxLength, "Service.ComplainantRequired", "Say who complains or asks.");
        var what = Required(errors, nameof(Matter), matter, TextMaxLength, "Service.MatterRequired", "Describe the matter.");
        errors.AddIf(nameof(ContactDetails), Text.Check(Text.Clean(contactDetails), ShortTextMaxLength));
        errors.AddIf(nameof(Channel), Text.Check(Text.Clean(channel), ShortTextMaxLength));
        errors.ThrowIfAny();
        return new ServiceRequest
        {
            Kind = kind, Status = ServiceRequestStatus.Received, CustomerId = customerId, RegionId = regionId, Complainant = who!, Matter = what!, Category = category,
            ContactDetails = Text.Clean(contactDetails), Channel = Text.Clean(channel), Severity = severity, LoggedById = actorId, ReceivedAt = now,
        };
    }

    /// <summary>
    /// SVC-1..3, one state table for the domain and the pages: the moves <paramref name="actor"/> may make now. Each move
    /// listed is one the domain method accepts (given valid input).
    /// </summary>
    public IReadOnlyList<ServiceMove> AllowedMoves(ServiceActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var moves = new List<ServiceMove>();
        if (actor.Assigns && IsComplaint && Status is ServiceRequestStatus.Received or ServiceRequestStatus.UnderInvestigation)
        {
            moves.Add(ServiceMove.AssignInvestigator);
        }

        if (InvestigatorId == actor.UserId && Status == ServiceRequestStatus.UnderInvestigation)
        {
            moves.AddRange(RootCause is null ? [ServiceMove.RecordRootCause] : [ServiceMove.RecordRootCause, ServiceMove.ProposeSolution]);
        }

        if (actor.DecidesSolutions && Status == ServiceRequestStatus.SolutionProposed)
        {
            moves.AddRange([ServiceMove.ApproveSolution, ServiceMove.SendBackSolution]);
        }

        if (actor.Works)
        {
            moves.AddRange(Status switch
            {
                ServiceRequestStatus.BeingResolved => [ServiceMove.RecordProgress, ServiceMove.Resolve],
                ServiceRequestStatus.Received when !IsComplaint => [ServiceMove.Answer],
                ServiceRequestStatus.Resolved or ServiceRequestStatus.Answered => [ServiceMove.Close],
                _ => [],
            });
        }

        if (actor.AddsImprovements && RootCause is not null)
        {
            moves.Add(ServiceMove.AddImprovement);
        }

        return moves;
    }

    /// <summary>The request follows its customer to another region, whose customer service works it from now (SVC-1).</summary>
    public void FollowCustomerRegion(Guid regionId) => RegionId = regionId;

    /// <summary>SVC-2: the service manager assigns an investigator to a complaint; this is its first response.</summary>
    public void AssignInvestigator(Guid investigatorId, CrmRole actorRole, DateTimeOffset now)
    {
        RequireRole(actorRole, "Only the service manager assigns an investigator.", CrmRole.ServiceManager);
        RequireComplaint();
        RequireStatus("Service.NotReceived", "An investigator is assigned to a complaint just received or under investigation.", ServiceRequestStatus.Received, ServiceRequestStatus.UnderInvestigation);
        InvestigatorId = investigatorId;
        Status = ServiceRequestStatus.UnderInvestigation;
        FirstRespondedAt ??= now;
    }

    /// <summary>SVC-2: the investigator records the root cause.</summary>
    public void RecordRootCause(string? rootCause, Guid actorId)
    {
        RequireInvestigator(actorId);
        RequireStatus("Service.NotUnderInvestigation", "The root cause is recorded while the complaint is under investigation.", ServiceRequestStatus.UnderInvestigation);
        var errors = new ValidationErrors();
        RootCause = Required(errors, nameof(RootCause), rootCause, TextMaxLength, "Service.RootCauseRequired", "Describe the root cause.");
        errors.ThrowIfAny();
    }

    /// <summary>SVC-2: the investigator proposes the solution — responsible department, measures, deadline — once the root cause is known.</summary>
    public void ProposeSolution(string? department, string? measures, DateOnly? deadline, Guid actorId, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        RequireInvestigator(actorId);
        RequireStatus("Service.NotUnderInvestigation", "A solution is proposed for a complaint under investigation.", ServiceRequestStatus.UnderInvestigation);
        if (RootCause is null)
        {
            throw new DomainException("Service.RootCauseFirst", "Record the root cause before proposing a solution.");
        }

        var errors = new ValidationErrors();
        var who = Required(errors, nameof(ResponsibleDepartment), department, ShortTextMaxLength, "Service.DepartmentRequired", "Name the responsible department.");
        var what = Required(errors, nameof(Measures), measures, TextMaxLength, "Service.MeasuresRequired", "Describe the measures.");
        if (deadline is not { } due)
        {
            errors.Add(nameof(SolutionDeadline), "Service.DeadlineRequired", "Give the solution's deadline.");
        }
        else if (due < calendar.DayOf(now))
        {
            errors.Add(nameof(SolutionDeadline), "Service.DeadlinePast", "The deadline cannot be in the past.");
        }

        errors.ThrowIfAny();
        ResponsibleDepartment = who;
        Measures = what;
        SolutionDeadline = deadline;
        SolutionSentBackComment = null;
        Status = ServiceRequestStatus.SolutionProposed;
    }

    /// <summary>SVC-2: only the marketing director approves the solution; it is then carried out.</summary>
    public void ApproveSolution(CrmRole actorRole, Guid actorId)
    {
        RequireRole(actorRole, "Only the marketing director approves a complaint's solution.", CrmRole.MarketingDirector);
        RequireStatus("Service.NoSolutionProposed", "There is no proposed solution to approve.", ServiceRequestStatus.SolutionProposed);
        SolutionApprovedById = actorId;
        Status = ServiceRequestStatus.BeingResolved;
    }

    /// <summary>SVC-2: the marketing director sends the solution back to the investigator with a comment.</summary>
    public void SendBackSolution(string? comment, CrmRole actorRole)
    {
        RequireRole(actorRole, "Only the marketing director sends a complaint's solution back.", CrmRole.MarketingDirector);
        RequireStatus("Service.NoSolutionProposed", "There is no proposed solution to send back.", ServiceRequestStatus.SolutionProposed);
        var errors = new ValidationErrors();
        SolutionSentBackComment = Required(errors, "Comment", comment, TextMaxLength, "Service.CommentRequired", "Say what the solution lacks.");
        errors.ThrowIfAny();
        Status = ServiceRequestStatus.UnderInvestigation;
    }

    /// <summary>SVC-2: a step of carrying out the approved solution, marked whether it was shared with the customer.</summary>
    public void RecordProgress(string? text, bool sharedWithCustomer, CrmRole actorRole, Guid actorId, DateTimeOffset now)
    {
        RequireRole(actorRole, "Customer service records the progress.", CrmRole.ServiceAgent, CrmRole.ServiceManager);
        RequireStatus("Service.NotBeingResolved", "Progress is recorded while the approved solution is carried out.", ServiceRequestStatus.BeingResolved);
        var errors = new ValidationErrors();
        var what = Required(errors, "Text", text, TextMaxLength, "Service.ProgressRequired", "Describe the progress.");
        errors.ThrowIfAny();
        _progress.Add(new ProgressUpdate(what!, sharedWithCustomer, actorId, now));
    }

    /// <summary>SVC-2: resolved, with the customer's feedback and satisfaction score (1–5).</summary>
    public void Resolve(string? feedback, int? score, CrmRole actorRole, DateTimeOffset now)
    {
        RequireRole(actorRole, "Customer service records the customer's feedback.", CrmRole.ServiceAgent, CrmRole.ServiceManager);
        RequireStatus("Service.NotBeingResolved", "A complaint is resolved once its approved solution has been carried out.", ServiceRequestStatus.BeingResolved);
        var errors = new ValidationErrors();
        var said = Required(errors, nameof(CustomerFeedback), feedback, TextMaxLength, "Service.FeedbackRequired", "Record what the customer said.");
        if (score is not (>= 1 and <= 5))
        {
            errors.Add(nameof(SatisfactionScore), "Service.ScoreInvalid", "The satisfaction score is 1 to 5.");
        }

        errors.ThrowIfAny();
        CustomerFeedback = said;
        SatisfactionScore = score;
        ResolvedAt = now;
        Status = ServiceRequestStatus.Resolved;
    }

    /// <summary>SVC-2: the short path — an inquiry, suggestion or return/exchange is answered or handled; its first response.</summary>
    public void AnswerRequest(string? answer, CrmRole actorRole, DateTimeOffset now)
    {
        RequireRole(actorRole, "Customer service answers requests.", CrmRole.ServiceAgent, CrmRole.ServiceManager);
        if (IsComplaint)
        {
            throw new DomainException("Service.ComplaintNeedsInvestigation", "A complaint is investigated, not just answered.");
        }

        RequireStatus("Service.NotReceived", "Only a request just received is answered.", ServiceRequestStatus.Received);
        var errors = new ValidationErrors();
        Answer = Required(errors, nameof(Answer), answer, TextMaxLength, "Service.AnswerRequired", "Write the answer or what was done.");
        errors.ThrowIfAny();
        Status = ServiceRequestStatus.Answered;
        FirstRespondedAt ??= now;
    }

    public void Close(CrmRole actorRole, DateTimeOffset now)
    {
        RequireRole(actorRole, "Customer service closes requests.", CrmRole.ServiceAgent, CrmRole.ServiceManager);
        RequireStatus("Service.NotReadyToClose", "A complaint closes once resolved, a request once answered.", ServiceRequestStatus.Resolved, ServiceRequestStatus.Answered);
        Status = ServiceRequestStatus.Closed;
        ClosedAt = now;
    }

    /// <summary>SVC-2: an improvement that follows from the root cause, with its owner and deadline.</summary>
    public Guid AddImprovement(string? text, Guid ownerId, DateOnly? deadline, CrmRole actorRole)
    {
        RequireRole(actorRole, "The service manager or the marketing director tracks improvements.", CrmRole.ServiceManager, CrmRole.MarketingDirector);
        if (RootCause is null)
        {
            throw new DomainException("Service.RootCauseFirst", "Improvements follow from a recorded root cause.");
        }

        var errors = new ValidationErrors();
        var what = Required(errors, "Text", text, TextMaxLength, "Service.ImprovementRequired", "Describe the improvement.");
        if (deadline is null)
        {
            errors.Add("Deadline", "Service.DeadlineRequired", "Give the deadline.");
        }

        errors.ThrowIfAny();
        var action = new ImprovementAction(Guid.NewGuid(), what!, ownerId, deadline!.Value);
        _improvements.Add(action);
        return action.Id;
    }

    /// <summary>SVC-2: its owner marks an improvement done — also after the complaint is closed.</summary>
    public void CompleteImprovement(Guid improvementId, Guid actorId, DateTimeOffset now)
    {
        var index = _improvements.FindIndex(i => i.Id == improvementId);
        if (index < 0 || _improvements[index].IsDone)
        {
            throw new DomainException("Service.NoOpenImprovement", "There is no open improvement like this.");
        }

        if (_improvements[index].OwnerId != actorId)
        {
            throw new DomainException("Service.NotImprovementOwner", "Only the improvement's owner marks it done.");
        }

        _improvements[index] = _improvements[index] with { DoneAt = now };
    }

    /// <summary>SVC-3: the first response is due <paramref name="within"/> after receipt.</summary>
    public DateTimeOffset FirstResponseDue(TimeSpan within) => ReceivedAt + within;

    /// <summary>SVC-3: the first response's standing at <paramref name="now"/>: met once given, else on time, due soon (last 20%) or overdue.</summary>
    public SlaState FirstResponseState(TimeSpan within, DateTimeOffset now) =>
        FirstRespondedAt is not null ? SlaState.Met : StateOf(ReceivedAt, FirstResponseDue(within), now);

    /// <summary>SVC-3: the approved solution's deadline (the end of that company day) while it is carried out.</summary>
    public SlaState? SolutionState(DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (SolutionDeadline is not { } deadline || Status is not (ServiceRequestStatus.SolutionProposed or ServiceRequestStatus.BeingResolved))
        {
            return null;
        }

        return StateOf(ReceivedAt, SolutionDueAt(deadline, calendar), now);
    }

    /// <summary>
    /// SVC-3: the last on-time instant of a solution deadline: its company day is on time to the last tick, and from the
    /// company's next midnight on it is overdue, as the worklist's "deadline before today" says.
    /// </summary>
    public static DateTimeOffset SolutionDueAt(DateOnly deadline, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.EndOf(deadline).AddTicks(-1);
    }

    /// <summary>SVC-3: marks the overdue notice as sent; false when it was sent before, so the manager hears once.</summary>
    public bool MarkOverdueNotified(DateTimeOffset now)
    {
        if (OverdueNotifiedAt is not null)
        {
            return false;
        }

        OverdueNotifiedAt = now;
        return true;
    }

    /// <summary>SVC-3: marks the notice that the solution's deadline passed as sent; false when it was sent before.</summary>
    public bool MarkSolutionOverdueNotified(DateTimeOffset now)
    {
        if (SolutionOverdueNotifiedAt is not null)
        {
            return false;
        }

        SolutionOverdueNotifiedAt = now;
        return true;
    }

    private static SlaState StateOf(DateTimeOffset start, DateTimeOffset due, DateTimeOffset now)
    {
        if (now > due)
        {
            return SlaState.Overdue;
        }

        var soon = due - TimeSpan.FromTicks((long)((due - start).Ticks * DueSoonShare));
        return now >= soon ? SlaState.DueSoon : SlaState.OnTime;
    }

    private static void RequireRole(CrmRole actual, string message, params CrmRole[] allowed)
    {
        if (!allowed.Contains(actual))
        {
            throw new DomainException("Service.RoleNotAllowed", message);
        }
    }

    private void RequireComplaint()
    {
        if (!IsComplaint)
        {
            throw new DomainException("Service.NotAComplaint", "Only complaints are investigated; answer this request instead.");
        }
    }

    private void RequireInvestigator(Guid actorId)
    {
        if (InvestigatorId != actorId)
        {
            throw new DomainException("Service.NotTheInvestigator", "Only the assigned investigator does this.");
        }
    }

    private void RequireStatus(string code, string message, params ServiceRequestStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(code, message);
        }
    }

    private static string? Required(ValidationErrors errors, string field, string? value, int maxLength, string code, string message)
    {
        var clean = Text.Clean(value);
        if (clean is null)
        {
            errors.Add(field, code, message);
        }
        else if (Text.Check(clean, maxLength) is { } refused)
        {
            errors.Add(field, refused.Code, refused.Message);
        }

        return clean;
    }
}
