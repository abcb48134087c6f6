using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-3: one open planned contact on an agenda or in a customer's plan.</summary>
public sealed record AgendaRow(
    Guid Id,
    Guid CustomerId,
    string Customer,
    DateOnly DueOn,
    Priority Priority,
    ContactPurpose Purpose,
    string PurposeText,
    string Assignee,
    bool IsOverdue)
{
    /// <summary>VIS-5: a visit the customer asked for is moved or done, never cancelled.</summary>
    public bool IsRequestedVisit => Purpose == ContactPurpose.RequestedVisit;
}
