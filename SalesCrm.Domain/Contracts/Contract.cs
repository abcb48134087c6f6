using System.Linq.Expressions;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Domain.Contracts;

/// <summary>
/// A contract with a customer (CON-1..3). It is drafted with its terms; terms the rep may not grant alone become
/// approval requests to the sales manager (CON-2), and while one is pending or rejected the contract cannot go to legal
/// review. Legal approves or sends it back; then it is signed, executed and completed, or cancelled / terminated with a
/// reason. A signed contract is frozen: a change is a new version of the same contract number, reviewed again, while the
/// earlier versions stay as they were.
/// </summary>
public sealed class Contract : AggregateRoot
{
    public const int NumberMaxLength = 40;
    public const int CommentMaxLength = 2000;

    private readonly List<ApprovalRequest> _approvals = [];

    private Contract()
    {
        Number = string.Empty;
        Terms = default!;
    }

    public string Number { get; private set; }
    public int VersionNumber { get; private set; }
    public Guid? PreviousVersionId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid? OpportunityId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid RegionId { get; private set; }
    public ContractTerms Terms { get; private set; }
    public ContractStatus Status { get; private set; }
    public DateTimeOffset DraftedAt { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public string? LegalComments { get; private set; }

    /// <summary>CON-4: the SHA-256 (hex) of the PDF issued at signing, kept unchanged from then on.</summary>
    public string? IssuedPdfSha256 { get; private set; }
    public string? EndReason { get; private set; }
    public IReadOnlyList<ApprovalRequest> Approvals => _approvals;

    /// <summary>Terms can change only in a draft; from signing on, only a new version changes them.</summary>
    public bool IsFrozen => Status is not (ContractStatus.Draft or ContractStatus.InReview or ContractStatus.Approved);

    public static Contract Draft(
        string number, Guid customerId, Guid? opportunityId, Guid ownerId, Guid regionId, ContractTerms terms,
        SettlementMethod customerSettlement, Guid draftedById, DateTimeOffset now, CompanyCalendar calendar,
        int maxPaymentTermsDays = ContractTerms.DefaultMaxPaymentTermsDays)
    {
        var clean = Text.Clean(number);
        if (clean is null || clean.Length > NumberMaxLength)
        {
            throw new ArgumentException("A contract number is required.", nameof(number));
        }

        var contract = new Contract
        {
            Number = clean, VersionNumber = 1, CustomerId = customerId, OpportunityId = opportunityId, OwnerId = ownerId, RegionId = regionId,
            Status = ContractStatus.Draft, DraftedAt = now,
        };
        contract.SetTerms(terms, customerSettlement, draftedById, now, calendar, maxPaymentTermsDays);
        return contract;
    }

    /// <summary>CON-1/2: new terms for a draft; the approval requests start again from what the new terms need.</summary>
    public void ChangeTerms(
        ContractTerms terms, SettlementMethod customerSettlement, Guid changedById, DateTimeOffset now, CompanyCalendar calendar,
        int maxPaymentTermsDays = ContractTerms.DefaultMaxPaymentTermsDays)
    {
        Require(ContractStatus.Draft, "Contract.NotDraft", "Only a draft's terms can change; a signed contract changes through a new version.");
        SetTerms(terms, customerSettlement, changedById, now, calendar, maxPaymentTermsDays);
    }

    /// <summary>Signed and not ended: the states a signed contract runs in.</summary>
    public bool IsRunning => Status is ContractStatus.Signed or ContractStatus.InExecution;

    /// <summary>
    /// CON-1..3, one state table for the domain and the pages: the moves <paramref name="actor"/> may make now. Each move
    /// listed is one the domain method accepts; <paramref name="isLatestVersion"/> because only the latest version of a
    /// number gets a new one.
    /// </summary>
    public IReadOnlyList<ContractMove> AllowedMoves(ContractActor actor, bool isLatestVersion)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var moves = new List<ContractMove>();
        if (actor.Works)
        {
            moves.AddRange(Status switch
            {
                ContractStatus.Draft when _approvals.TrueForAll(a => a.Status == ApprovalStatus.Approved) => [ContractMove.Edit, ContractMove.SubmitForReview],
                ContractStatus.Draft => [ContractMove.Edit],
                ContractStatus.Approved => [ContractMove.Sign],
                ContractStatus.Signed => [ContractMove.StartExecution],
                ContractStatus.InExecution => [ContractMove.Complete],
                _ => [],
            });
            if (IsRunning && isLatestVersion)
            {
                moves.Add(ContractMove.NewVersion);
            }

            if (!IsFrozen)
            {
                moves.Add(ContractMove.Cancel);
            }

            if (IsRunning)
            {
                moves.Add(ContractMove.Terminate);
            }
        }

        if (actor.Reviews && Status == ContractStatus.InReview)
        {
            moves.AddRange([ContractMove.ApproveLegally, ContractMove.SendBack]);
        }

        return moves;
    }

    /// <summary>CON-2: the requests <paramref name="actor"/> may decide now — pending, on a draft, and made by somebody else.</summary>
    public IReadOnlyList<ApprovalReason> DecidableBy(ContractActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.DecidesApprovals && Status == ContractStatus.Draft
            ? _approvals.Where(OpenRequestNotBy(actor.UserId).Compile()).Select(a => a.Reason).ToList()
            : [];
    }

    /// <summary>
    /// CON-2: a request <paramref name="userId"/> could decide on a draft — open, and made by somebody else. One rule for
    /// the domain and for the approval queue's query.
    /// </summary>
    public static Expression<Func<ApprovalRequest, bool>> OpenRequestNotBy(Guid userId) =>
        a => a.Status == ApprovalStatus.Pending && a.RequestedById != userId;

    /// <summary>CON-2: the sales manager allows or refuses one requested term. Nobody decides their own request.</summary>
    public void DecideApproval(ApprovalReason reason, bool approve, Guid managerId, string? comment, DateTimeOffset now)
    {
        Require(ContractStatus.Draft, "Contract.NotDraft", "Approvals are decided while the contract is a draft.");
        var index = _approvals.FindIndex(a => a.Reason == reason);
        if (index < 0 || _approvals[index].Status != ApprovalStatus.Pending)
        {
            throw new DomainException("Contract.NoPendingApproval", "There is no open request for this term.");
        }

        if (!OpenRequestNotBy(managerId).Compile()(_approvals[index]))
        {
            throw new DomainException("Contract.OwnApproval", "Nobody approves their own request.");
        }

        var clean = Text.Clean(comment);
        if (!approve && clean is null)
        {
            throw new DomainValidationException([new ValidationError("Comment", "Contract.RejectionReasonRequired", "Say why the request is rejected.")]);
        }

        if (Text.Check(clean, CommentMaxLength) is { } refused)
        {
            throw new DomainValidationException([new ValidationError("Comment", refused.Code, refused.Message)]);
        }

        _approvals[index] = _approvals[index] with
        {
            Status = approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected, DecidedById = managerId, DecidedAt = now, Comment = clean,
        };
    }

    /// <summary>CON-3: to legal review — only with every approval granted.</summary>
    public void SubmitForReview()
    {
        Require(ContractStatus.Draft, "Contract.NotDraft", "Only a draft goes to legal review.");
        if (_approvals.Any(a => a.Status == ApprovalStatus.Pending))
        {
            throw new DomainException("Contract.ApprovalPending", "An approval request is still open: the sales manager decides it first.");
        }

        if (_approvals.Any(a => a.Status == ApprovalStatus.Rejected))
        {
            throw new DomainException("Contract.ApprovalRejected", "An approval request was rejected: change the terms first.");
        }

        Status = ContractStatus.InReview;
    }

    /// <summary>CON-3: legal approves the contract for signing.</summary>
    public void ApproveLegally(string? comments)
    {
        Require(ContractStatus.InReview, "Contract.NotInReview", "Only a contract in legal review can be approved.");
        var clean = Text.Clean(comments);
        if (Text.Check(clean, CommentMaxLength) is { } refused)
        {
            throw new DomainValidationException([new ValidationError("Comments", refused.Code, refused.Message)]);
        }

        LegalComments = clean;
        Status = ContractStatus.Approved;
    }

    /// <summary>CON-3: legal sends the contract back to draft with what must change.</summary>
    public void SendBack(string? comments)
    {
        Require(ContractStatus.InReview, "Contract.NotInReview", "Only a contract in legal review can be sent back.");
        LegalComments = RequiredText(comments, "Comments", "Contract.SendBackCommentsRequired", "Say what must change.");
        Status = ContractStatus.Draft;
    }

    /// <summary>CON-3/CON-4: signs the approved contract; the PDF issued for it is fixed by its hash.</summary>
    public void Sign(string issuedPdfSha256, DateTimeOffset now)
    {
        Require(ContractStatus.Approved, "Contract.NotApproved", "Only a contract approved by legal can be signed.");
        if (issuedPdfSha256 is not { Length: 64 } || !issuedPdfSha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("The issued PDF's SHA-256 is 64 lower-case hex digits.", nameof(issuedPdfSha256));
        }

        Status = ContractStatus.Signed;
        SignedAt = now;
        IssuedPdfSha256 = issuedPdfSha256;
        Raise(new ContractSigned(Id, CustomerId, now));
    }

    public void StartExecution() => Require(ContractStatus.Signed, "Contract.NotSigned", "Only a signed contract goes into execution.", then: ContractStatus.InExecution);

    public void Complete() => Require(ContractStatus.InExecution, "Contract.NotInExecution", "Only a contract in execution can be completed.", then: ContractStatus.Completed);

    /// <summary>CON-3: ends a contract before signing.</summary>
    public void Cancel(string? reason)
    {
        if (IsFrozen)
        {
            throw new DomainException("Contract.CannotCancel", "Only a contract not yet signed can be cancelled; a signed one is terminated.");
        }

        EndReason = RequiredText(reason, "Reason", "Contract.ReasonRequired", "Give the reason.");
        Status = ContractStatus.Cancelled;
        Raise(new ContractEnded(Id, CustomerId, Status));
    }

    /// <summary>CON-3: ends a signed contract before completion.</summary>
    public void Terminate(string? reason)
    {
        if (!IsRunning)
        {
            throw new DomainException("Contract.CannotTerminate", "Only a signed contract can be terminated.");
        }

        EndReason = RequiredText(reason, "Reason", "Contract.ReasonRequired", "Give the reason.");
        Status = ContractStatus.Terminated;
        Raise(new ContractEnded(Id, CustomerId, Status));
    }

    /// <summary>
    /// OWN-5/OWN-6: a contract in any state, and every version of it, follows its customer to a new owner and region:
    /// whoever owns the customer today works and reads its contracts.
    /// </summary>
    public void FollowCustomer(Guid ownerId, Guid regionId)
    {
        OwnerId = ownerId;
        RegionId = regionId;
    }

    /// <summary>
    /// CON-3: a change to a signed contract is a new version — a draft with the same number and terms, to be changed,
    /// approved and reviewed again. This version stays as it was.
    /// </summary>
    public Contract NewVersion(SettlementMethod customerSettlement, Guid draftedById, DateTimeOffset now)
    {
        if (!IsRunning)
        {
            throw new DomainException("Contract.NoNewVersion", "Only a signed contract gets a new version; a draft is changed directly.");
        }

        var next = new Contract
        {
            Number = Number, VersionNumber = VersionNumber + 1, PreviousVersionId = Id, CustomerId = CustomerId, OpportunityId = OpportunityId,
            OwnerId = OwnerId, RegionId = RegionId, Status = ContractStatus.Draft, DraftedAt = now,
        };
        // The signed terms are copied as they stand (their delivery date may have passed); changing them checks them again.
        next.ApplyTerms(Terms, customerSettlement, draftedById, now);
        return next;
    }

    private void SetTerms(ContractTerms terms, SettlementMethod customerSettlement, Guid requestedById, DateTimeOffset now, CompanyCalendar calendar, int maxPaymentTermsDays)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = terms.Check(calendar.DayOf(now), maxPaymentTermsDays);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        ApplyTerms(terms, customerSettlement, requestedById, now);
    }

    private void ApplyTerms(ContractTerms terms, SettlementMethod customerSettlement, Guid requestedById, DateTimeOffset now)
    {
        // The contract keeps its own copy of the lines, so nothing the caller still holds can change them.
        Terms = terms with { Lines = terms.Lines.ToList(), BreachCompensationPercent = terms.EffectiveBreachCompensationPercent };
        _approvals.Clear();
        _approvals.AddRange(terms.ApprovalsNeeded(customerSettlement).Select(r => new ApprovalRequest(r, requestedById, now)));
    }

    private void Require(ContractStatus expected, string code, string message, ContractStatus? then = null)
    {
        if (Status != expected)
        {
            throw new DomainException(code, message);
        }

        if (then is { } next)
        {
            Status = next;
        }
    }

    private static string RequiredText(string? value, string field, string code, string message)
    {
        var clean = Text.Clean(value);
        if (clean is null)
        {
            throw new DomainValidationException([new ValidationError(field, code, message)]);
        }

        if (Text.Check(clean, CommentMaxLength) is { } refused)
        {
            throw new DomainValidationException([new ValidationError(field, refused.Code, refused.Message)]);
        }

        return clean;
    }
}
