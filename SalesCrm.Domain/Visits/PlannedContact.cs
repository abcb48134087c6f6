using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Visits;

/// <summary>
/// VIS-3: the next planned contact with a customer in a rep's follow-up plan, done by logging the contact that fulfils
/// it. VIS-5: a visit the customer asks for may not be refused (003 §8.2.4), so a planned contact with the purpose
/// <see cref="ContactPurpose.RequestedVisit"/> cannot be cancelled, only moved and done, and only an on-site visit does it.
/// Dates are UTC dates, like the rest of the product.
/// </summary>
public sealed class PlannedContact : AggregateRoot
{
    public const int PurposeTextMaxLength = 500;

    private PlannedContact()
    {
        PurposeText = string.Empty;
    }

    public Guid CustomerId { get; private set; }
    public Guid AssigneeId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Priority Priority { get; private set; }
    public string PurposeText { get; private set; }
    public ContactPurpose Purpose { get; private set; }
    public PlannedContactStatus Status { get; private set; }
    public Guid PlannedById { get; private set; }
    public DateTimeOffset PlannedAt { get; private set; }
    public Guid? ContactLogId { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsOpen => Status == PlannedContactStatus.Open;

    /// <summary>VIS-5: a requested visit is tracked until it is done; it cannot be cancelled.</summary>
    public bool IsRequestedVisit => Purpose == ContactPurpose.RequestedVisit;

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    public static PlannedContact Plan(
        Guid customerId, Guid assigneeId, DateOnly dueOn, Priority priority, string? purposeText, ContactPurpose purpose, Guid plannedById, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        var errors = new ValidationErrors();
        CheckDueOn(errors, dueOn, now, calendar);
        if (!Enum.IsDefined(priority))
        {
            errors.Add(nameof(Priority), "Plan.PriorityRequired", "Choose the priority.");
        }

        if (!Enum.IsDefined(purpose))
        {
            errors.Add(nameof(Purpose), "Plan.PurposeRequired", "Choose the purpose of the contact.");
        }

        var clean = Text.Clean(purposeText);
        if (clean is null)
        {
            errors.Add(nameof(PurposeText), "Plan.PurposeTextRequired", "Say what the contact is for.");
        }

        errors.AddIf(nameof(PurposeText), Text.Check(clean, PurposeTextMaxLength));
        errors.ThrowIfAny();
        return new PlannedContact
        {
            CustomerId = customerId, AssigneeId = assigneeId, DueOn = dueOn, Priority = priority, PurposeText = clean!, Purpose = purpose,
            Status = PlannedContactStatus.Open, PlannedById = plannedById, PlannedAt = now,
        };
    }

    /// <summary>The contact moves to another day (a requested visit too: it is moved, never dropped).</summary>
    public void Reschedule(DateOnly dueOn, DateTimeOffset now, CompanyCalendar calendar)
    {
        RequireOpen();
        var errors = new ValidationErrors();
        CheckDueOn(errors, dueOn, now, calendar);
        errors.ThrowIfAny();
        DueOn = dueOn;
    }

    /// <summary>OWN-5/OWN-6: an open plan of the customer's previous owner goes to its new owner, who keeps the appointment.</summary>
    public void FollowCustomer(Guid previousOwnerId, Guid ownerId)
    {
        if (IsOpen && AssigneeId == previousOwnerId)
        {
            AssigneeId = ownerId;
        }
    }

    /// <summary>VIS-3: the logged contact <paramref name="record"/> with the same customer fulfils the plan.</summary>
    public void Complete(ContactLog record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequireOpen();
        if (record.CustomerId != CustomerId)
        {
            throw new DomainException("Plan.OtherCustomer", "The contact logged is with another customer.");
        }

        if (IsRequestedVisit && record.Kind != ContactKind.OnSiteVisit)
        {
            throw new DomainException("Plan.RequestedVisitNeedsVisit", "The customer asked for a visit: only an on-site visit fulfils it.");
        }

        ContactLogId = record.Id;
        CompletedAt = now;
        Status = PlannedContactStatus.Done;
    }

    /// <summary>VIS-3: the contact is no longer needed. VIS-5: a visit the customer asked for may not be refused.</summary>
    public void Cancel(DateTimeOffset now)
    {
        RequireOpen();
        if (IsRequestedVisit)
        {
            throw new DomainException("Plan.RequestedVisitCannotBeCancelled", "The customer asked for this visit, and a requested visit may not be refused: reschedule it if needed.");
        }

        CancelledAt = now;
        Status = PlannedContactStatus.Cancelled;
    }

    private static void CheckDueOn(ValidationErrors errors, DateOnly dueOn, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (dueOn < calendar.DayOf(now))
        {
            errors.Add(nameof(DueOn), "Plan.DueInPast", "The planned date cannot be in the past.");
        }
    }

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException("Plan.NotOpen", "This planned contact is done or cancelled already.");
        }
    }
}
