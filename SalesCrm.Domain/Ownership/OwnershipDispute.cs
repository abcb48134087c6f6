using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-5: a rep who was refused a customer (an OWN-3 collision) and believes they made first contact asks the sales
/// manager to settle it, with dated evidence. The manager of the owner's region or the director decides; upholding
/// transfers the customer to the claimant (a ledger line of its own), rejecting leaves it where it is. Nobody
/// decides a dispute they are party to.
/// </summary>
public sealed class OwnershipDispute : Entity
{
    public const int EvidenceMaxLength = 2000;
    public const int DecisionMaxLength = OwnershipRecord.ReasonMaxLength;

    private OwnershipDispute()
    {
        CompanyName = string.Empty;
        Evidence = string.Empty;
    }

    public Guid CustomerId { get; private set; }
    public Guid CollisionId { get; private set; }
    public Guid ClaimantId { get; private set; }
    public Guid ClaimantRegionId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid OwnerRegionId { get; private set; }

    /// <summary>The company name as the claimant typed it when refused, so the claimant's view shows nothing of the customer.</summary>
    public string CompanyName { get; private set; }

    public EvidenceKind EvidenceKind { get; private set; }

    /// <summary>When the claimant says they contacted the company (their claim, checked by the manager, not the ledger's time).</summary>
    public DateOnly ContactedOn { get; private set; }

    public string Evidence { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DisputeStatus Status { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Decision { get; private set; }

    /// <summary>
    /// Opens a dispute, by the rep who collided, about <paramref name="customer"/> (the one the collision matched)
    /// against whoever owns it now.
    /// </summary>
    public static OwnershipDispute Open(Collision collision, Customers.Customer customer, EvidenceKind kind, DateOnly? contactedOn, string? evidence, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(collision);
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.Id != collision.CustomerId)
        {
            throw new ArgumentException("The customer must be the one the collision matched.", nameof(customer));
        }

        if (customer.OwnerId == collision.ClaimantId)
        {
            throw new DomainException("Dispute.AlreadyYours", "This customer is yours already.");
        }

        if (customer.InPool)
        {
            throw new DomainException("Dispute.InPool", "Nobody owns this customer now: it is in the shared pool. Claim it there.");
        }

        var errors = new List<ValidationError>();
        var today = calendar.DayOf(now);
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new ValidationError(nameof(EvidenceKind), "Dispute.EvidenceKindRequired", "Say what kind of contact it was."));
        }

        if (contactedOn is null)
        {
            errors.Add(new ValidationError(nameof(ContactedOn), "Dispute.ContactedOnRequired", "Give the date of your contact."));
        }
        else if (contactedOn > today.AddDays(1))
        {
            // A day of slack for time zones: the server's date is UTC, the rep's may already be tomorrow.
            errors.Add(new ValidationError(nameof(ContactedOn), "Dispute.ContactedOnFuture", "The contact cannot be in the future."));
        }

        var clean = Text.Clean(evidence);
        if (clean is null)
        {
            errors.Add(new ValidationError(nameof(Evidence), "Dispute.EvidenceRequired", "Describe the evidence: who you met or wrote to, and how it can be checked."));
        }
        else if (Text.Check(clean, EvidenceMaxLength) is { } refused)
        {
            errors.Add(new ValidationError(nameof(Evidence), refused.Code, refused.Message));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new OwnershipDispute
        {
            CustomerId = collision.CustomerId,
            CollisionId = collision.Id,
            ClaimantId = collision.ClaimantId,
            ClaimantRegionId = collision.ClaimantRegionId,
            OwnerId = customer.OwnerId,
            OwnerRegionId = customer.RegionId,
            CompanyName = collision.TypedName,
            EvidenceKind = kind,
            ContactedOn = contactedOn!.Value,
            Evidence = clean!,
            OpenedAt = now,
            Status = DisputeStatus.Open,
        };
    }

    /// <summary>The claimant made first contact; the caller transfers the customer to them with <see cref="TransferReason"/>.</summary>
    public void Uphold(Guid deciderId, string? comment, DateTimeOffset now) => Decide(DisputeStatus.Upheld, deciderId, comment, now);

    public void Reject(Guid deciderId, string? comment, DateTimeOffset now) => Decide(DisputeStatus.Rejected, deciderId, comment, now);

    /// <summary>The ledger's reason for the transfer an upheld dispute makes.</summary>
    public string TransferReason => Decision ?? string.Empty;

    private void Decide(DisputeStatus outcome, Guid deciderId, string? comment, DateTimeOffset now)
    {
        if (Status != DisputeStatus.Open)
        {
            throw new DomainException("Dispute.AlreadyDecided", "This dispute has been decided already.");
        }

        if (deciderId == ClaimantId || deciderId == OwnerId)
        {
            throw new DomainException("Dispute.OwnDispute", "You are party to this dispute, so someone else decides it.");
        }

        var clean = Text.Required(comment, DecisionMaxLength, nameof(Decision), "Dispute.DecisionRequired", "Give the reason for your decision; both reps will read it.");
        Status = outcome;
        DecidedById = deciderId;
        DecidedAt = now;
        Decision = clean;
    }
}
