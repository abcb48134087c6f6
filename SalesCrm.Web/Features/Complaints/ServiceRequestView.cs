using SalesCrm.Domain.Complaints;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>A request as its page shows it, with the names it refers to and what the reader may do next.</summary>
public sealed record ServiceRequestView(
    ServiceRequest Request,
    string? CustomerName,
    bool CustomerReadable,
    string Region,
    IReadOnlyDictionary<Guid, string> People,
    DateTimeOffset FirstResponseDue,
    SlaState FirstResponse,
    SlaState? Solution,
    ServicePermissions May)
{
    public string Name(Guid? id) => id is { } known ? People.GetValueOrDefault(known, "?") : string.Empty;
}
