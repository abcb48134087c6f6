using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Features.Visits;

/// <summary>VIS-2: a record entered long after the contact it claims, for the managers who answer for the region.</summary>
public sealed record LateEntryRow(
    Guid Id, Guid CustomerId, string Customer, string Author, ContactKind Kind, DateTimeOffset OccurredAt, DateTimeOffset EnteredAt)
{
    public TimeSpan Late => EnteredAt - OccurredAt;
}
