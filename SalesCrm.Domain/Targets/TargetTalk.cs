using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-1 (004: 月初与销售人员沟通目标): the start-of-month talk between a sales manager and one of their people about the
/// month's target — when it was held, the target agreed and what was said — which the person then acknowledges. One per
/// person and month; recording it again before it is acknowledged corrects it, after that it stands.
/// </summary>
public sealed class TargetTalk : AggregateRoot
{
    public const int NotesMaxLength = 2000;

    private TargetTalk()
    {
    }

    public Guid PersonId { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public decimal AgreedTarget { get; private set; }
    public string? Notes { get; private set; }
    public Guid HeldById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public Period Period => Period.Month(Year, Month);

    public bool IsAcknowledged => AcknowledgedAt is not null;

    public static TargetTalk Record(Guid personId, Guid regionId, Period month, DateOnly heldOn, decimal agreedTarget, string? notes, Guid heldById, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(month);
        if (month.Kind != PeriodKind.Month)
        {
            throw new ArgumentException("A target talk is about a month.", nameof(month));
        }

        var talk = new TargetTalk { PersonId = personId, RegionId = regionId, Year = month.Year, Month = month.Number };
        talk.Correct(heldOn, agreedTarget, notes, heldById, now, calendar);
        return talk;
    }

    /// <summary>Corrects what was recorded; refused once the person acknowledged it.</summary>
    public void Correct(DateOnly heldOn, decimal agreedTarget, string? notes, Guid heldById, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsAcknowledged)
        {
            throw new DomainException("Talk.Acknowledged", "The person acknowledged this talk; it stands as recorded.");
        }

        var errors = new ValidationErrors();
        if (heldOn > calendar.DayOf(now))
        {
            errors.Add(nameof(HeldOn), "Talk.HeldInFuture", "A talk is recorded once it has been held.");
        }
        else if (heldOn < Period.FirstDay.AddMonths(-1) || heldOn >= Period.EndDay)
        {
            errors.Add(nameof(HeldOn), "Talk.HeldOutsideMonth", "The talk about a month is held in that month or the month before.");
        }

        errors.AddIf(nameof(AgreedTarget), SalesTarget.Check(TargetKind.SignedAmount, agreedTarget));
        var clean = Text.Clean(notes);
        errors.AddIf(nameof(Notes), Text.Check(clean, NotesMaxLength));
        errors.ThrowIfAny();
        (HeldOn, AgreedTarget, Notes, HeldById, RecordedAt) = (heldOn, agreedTarget, clean, heldById, now);
    }

    /// <summary>KPI-1: the person confirms the talk and the target agreed in it.</summary>
    public void Acknowledge(Guid byId, DateTimeOffset now)
    {
        if (byId != PersonId)
        {
            throw new DomainException("Talk.NotYours", "Only the person the talk was with acknowledges it.");
        }

        AcknowledgedAt ??= now;
    }
}
