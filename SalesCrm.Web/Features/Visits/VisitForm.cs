using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-1: what the user types to log or correct a contact; the server adds when it was entered.</summary>
public sealed class VisitForm
{
    public Guid CustomerId { get; set; }
    public ContactKind? Kind { get; set; }
    public ContactPurpose? Purpose { get; set; } = ContactPurpose.Regular;
    public DateTimeOffset? OccurredAt { get; set; }
    public string? Participants { get; set; }
    public string? Notes { get; set; }
    public string? Outcome { get; set; }
    public string? NextStep { get; set; }
    public int? SatisfactionScore { get; set; }
}
