using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// CUS-5: the 《新(重)进客户操作通知单》 (003 §8.2.2). A new or returning customer, or a change of settlement method,
/// raises a notice that the head of collection and the head of service each acknowledge once. Which user heads which
/// department is decided where roles are known (the web side), not here.
/// </summary>
public sealed class OnboardingNotice : AggregateRoot
{
    public const int DetailMaxLength = 1000;

    private OnboardingNotice()
    {
    }

    public Guid CustomerId { get; private set; }
    public OnboardingReason Reason { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public string? Detail { get; private set; }
    public Guid? CollectionAcknowledgedById { get; private set; }
    public DateTimeOffset? CollectionAcknowledgedAt { get; private set; }
    public Guid? ServiceAcknowledgedById { get; private set; }
    public DateTimeOffset? ServiceAcknowledgedAt { get; private set; }

    public bool IsFullyAcknowledged => IsAcknowledgedBy(Department.Collection) && IsAcknowledgedBy(Department.Service);

    public static OnboardingNotice Raise(Guid customerId, OnboardingReason reason, string? detail, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(reason))
        {
            errors.Add(nameof(Reason), "Onboarding.ReasonRequired", "Choose why the notice is raised.");
        }

        errors.AddIf(nameof(Detail), Text.Check(Text.Clean(detail), DetailMaxLength));
        errors.ThrowIfAny();
        return new OnboardingNotice { CustomerId = customerId, Reason = reason, Detail = Text.Clean(detail), RaisedAt = now };
    }

    public bool IsAcknowledgedBy(Department department) => department switch
    {
        Department.Collection => CollectionAcknowledgedAt is not null,
        Department.Service => ServiceAcknowledgedAt is not null,
        _ => false,
    };

    /// <summary>The head of <paramref name="department"/> has read the notice; each department acknowledges once.</summary>
    public void Acknowledge(Department department, Guid byId, DateTimeOffset now)
    {
        if (!Enum.IsDefined(department))
        {
            throw new DomainException("Onboarding.DepartmentUnknown", "Only the collection and the service departments acknowledge this notice.");
        }

        if (IsAcknowledgedBy(department))
        {
            throw new DomainException("Onboarding.AlreadyAcknowledged", "Your department has acknowledged this notice already.");
        }

        if (department == Department.Collection)
        {
            CollectionAcknowledgedById = byId;
            CollectionAcknowledgedAt = now;
        }
        else
        {
            ServiceAcknowledgedById = byId;
            ServiceAcknowledgedAt = now;
        }
    }
}
