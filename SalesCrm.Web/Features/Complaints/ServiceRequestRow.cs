using SalesCrm.Domain.Complaints;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>One line of the service list (SVC-3: with the time left to the first response and the solution's standing).</summary>
public sealed record ServiceRequestRow(
    Guid Id,
    DateTimeOffset ReceivedAt,
    ServiceRequestKind Kind,
    ServiceCategory Category,
    Severity Severity,
    ServiceRequestStatus Status,
    string Complainant,
    string? CustomerName,
    string Matter,
    DateTimeOffset FirstResponseDue,
    SlaState FirstResponse,
    DateOnly? SolutionDeadline,
    SlaState? Solution,
    string? Investigator)
{
    /// <summary>The deadline the row stands out for, if any: an overdue or due-soon first response, else the solution's.</summary>
    public SlaState Standing => FirstResponse is SlaState.Overdue or SlaState.DueSoon ? FirstResponse : Solution ?? FirstResponse;
}
