using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-3: the next contact a user plans with a customer; a manager may give it to someone of the customer's region.</summary>
public sealed class PlanForm
{
    public Guid CustomerId { get; set; }
    public Guid? AssigneeId { get; set; }
    public DateOnly? DueOn { get; set; }
    public Priority? Priority { get; set; } = Domain.Visits.Priority.Normal;
    public ContactPurpose? Purpose { get; set; } = ContactPurpose.Regular;
    public string? PurposeText { get; set; }
}
