using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Visits;

/// <summary>
/// VIS-1/VIS-2: one logged contact with a customer. Visit records must be truthful (003 §8.2.4; a false report counts
/// as absence, §11.3), so the record keeps the server's time it was entered (<see cref="EnteredAt"/>) beside the time
/// it claims (<see cref="OccurredAt"/>), refuses a claimed time in the future, and marks an entry made long after the
/// contact as late. For <see cref="EditWindow"/> after entering it the author may correct it in place or delete it;
/// after that the author's edits keep every previous version and the record can no longer be deleted.
/// </summary>
public sealed class ContactLog : AggregateRoot
{
    public const int ParticipantsMaxLength = 500;
    public const int NotesMaxLength = 4000;
    public const int OutcomeMaxLength = 1000;
    public const int NextStepMaxLength = 1000;

    /// <summary>VIS-2 (ours, a setting): an entry made more than this after the claimed time is marked late.</summary>
    public static readonly TimeSpan DefaultLateAfter = TimeSpan.FromHours(72);

    /// <summary>VIS-2: corrections within this time after entering change the record in place; later ones keep history.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromHours(24);

    private readonly List<ContactLogVersion> _versions = [];

    private ContactLog()
    {
        Participants = string.Empty;
        Notes = string.Empty;
    }

    public Guid CustomerId { get; private set; }
    public ContactKind Kind { get; private set; }
    public ContactPurpose Purpose { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }
    public string Participants { get; private set; }
    public string Notes { get; private set; }
    public string? Outcome { get; private set; }
    public string? NextStep { get; private set; }

    /// <summary>VIS-4: the customer's satisfaction (1–5), given on a return visit and only there.</summary>
    public int? SatisfactionScore { get; private set; }
    public Guid AuthorId { get; private set; }

    /// <summary>VIS-2: entered more than the late-entry setting after the claimed time (judged with the setting in force when saved).</summary>
    public bool IsLateEntry { get; private set; }
    public DateTimeOffset? LastEditedAt { get; private set; }

    /// <summary>VIS-2: the versions replaced by edits made after <see cref="EditWindow"/>, oldest first.</summary>
    public IReadOnlyList<ContactLogVersion> Versions => _versions;

    /// <summary>VIS-4: a low score is passed to the account manager's manager.</summary>
    public bool HasLowScore => SatisfactionScore is { } score && ReturnVisits.IsLowScore(score);

    /// <summary>The record can be corrected in place and deleted before this instant, not from it on.</summary>
    public DateTimeOffset LockedFrom => EnteredAt + EditWindow;

    public static ContactLog Log(
        Guid customerId, ContactKind kind, ContactPurpose purpose, DateTimeOffset occurredAt, string? participants, string? notes, string? outcome,
        string? nextStep, int? satisfactionScore, Guid authorId, DateTimeOffset now, TimeSpan lateAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lateAfter, TimeSpan.Zero);
        var record = new ContactLog { CustomerId = customerId, AuthorId = authorId, EnteredAt = now };
        record.Apply(kind, purpose, occurredAt, participants, notes, outcome, nextStep, satisfactionScore, now, lateAfter);
        return record;
    }

    /// <summary>
    /// VIS-2: the author corrects the record. Within <see cref="EditWindow"/> of entering it the change is made in place;
    /// from then on the previous values are kept as a version first. A save that changes nothing keeps no version.
    /// </summary>
    public void Edit(
        ContactKind kind, ContactPurpose purpose, DateTimeOffset occurredAt, string? participants, string? notes, string? outcome, string? nextStep,
        int? satisfactionScore, Guid editorId, DateTimeOffset now, TimeSpan lateAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lateAfter, TimeSpan.Zero);
        if (editorId != AuthorId)
        {
            throw new DomainException("Visit.NotAuthor", "Only the person who logged this contact can change it.");
        }

        var before = Snapshot(now, editorId);
        Apply(kind, purpose, occurredAt, participants, notes, outcome, nextStep, satisfactionScore, now, lateAfter);
        if (Snapshot(now, editorId) == before)
        {
            return;
        }

        if (now >= LockedFrom)
        {
            _versions.Add(before);
        }

        LastEditedAt = now;
    }

    /// <summary>VIS-2: only the author deletes a record, and only before <see cref="LockedFrom"/>.</summary>
    public bool CanDelete(Guid actorId, DateTimeOffset now) => actorId == AuthorId && now < LockedFrom;

    public void EnsureDeletable(Guid actorId, DateTimeOffset now)
    {
        if (actorId != AuthorId)
        {
            throw new DomainException("Visit.NotAuthor", "Only the person who logged this contact can change it.");
        }

        if (now >= LockedFrom)
        {
            throw new DomainException("Visit.DeleteLocked", "A contact record can be deleted only within 24 hours of entering it; correct it instead, and its history is kept.");
        }
    }

    private void Apply(
        ContactKind kind, ContactPurpose purpose, DateTimeOffset occurredAt, string? participants, string? notes, string? outcome, string? nextStep,
        int? satisfactionScore, DateTimeOffset now, TimeSpan lateAfter)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(nameof(Kind), "Visit.KindRequired", "Choose how the contact took place: phone, on-site visit, e-mail, video or other.");
        }

        if (!Enum.IsDefined(purpose))
        {
            errors.Add(nameof(Purpose), "Visit.PurposeRequired", "Choose the purpose of the contact.");
        }

        if (occurredAt > now)
        {
            errors.Add(nameof(OccurredAt), "Visit.OccurredInFuture", "A contact is logged once it has happened: the time cannot be in the future.");
        }

        var who = Required(errors, nameof(Participants), participants, ParticipantsMaxLength, "Visit.ParticipantsRequired", "Say who took part.");
        var what = Required(errors, nameof(Notes), notes, NotesMaxLength, "Visit.NotesRequired", "Write what was discussed.");
        errors.AddIf(nameof(Outcome), Text.Check(Text.Clean(outcome), OutcomeMaxLength));
        errors.AddIf(nameof(NextStep), Text.Check(Text.Clean(nextStep), NextStepMaxLength));
        if (satisfactionScore is not null && purpose != ContactPurpose.ReturnVisit)
        {
            errors.Add(nameof(SatisfactionScore), "Visit.ScoreOnlyOnReturnVisit", "A satisfaction score is given on a return visit only.");
        }
        else if (purpose == ContactPurpose.ReturnVisit && satisfactionScore is not (>= 1 and <= 5))
        {
            errors.Add(nameof(SatisfactionScore), "Visit.ScoreInvalid", "A return visit records the customer's satisfaction score, 1 to 5.");
        }

        errors.ThrowIfAny();
        Kind = kind;
        Purpose = purpose;
        OccurredAt = occurredAt;
        Participants = who!;
        Notes = what!;
        Outcome = Text.Clean(outcome);
        NextStep = Text.Clean(nextStep);
        SatisfactionScore = satisfactionScore;
        IsLateEntry = EnteredAt - OccurredAt > lateAfter;
    }

    private ContactLogVersion Snapshot(DateTimeOffset replacedAt, Guid replacedById) =>
        new(Kind, Purpose, OccurredAt, Participants, Notes, Outcome, NextStep, SatisfactionScore, replacedAt, replacedById);

    private static string? Required(ValidationErrors errors, string field, string? value, int maxLength, string code, string message)
    {
        var clean = Text.Clean(value);
        if (clean is null)
        {
            errors.Add(field, code, message);
        }

        errors.AddIf(field, Text.Check(clean, maxLength));
        return clean;
    }
}
