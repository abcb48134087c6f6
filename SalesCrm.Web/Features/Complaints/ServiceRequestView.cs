using SalesCrm.Domain.Complaints;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>
/// A request as its page shows it, with the names it refers to and what the reader may do next: the moves the request
/// allows them (<see cref="ServiceRequest.AllowedMoves"/>) and who they are, for the improvements they own.
/// </summary>
public sealed record ServiceRequestView(
    ServiceRequest Request,
    string? CustomerName,
    bool CustomerReadable,
    string Region,
    IReadOnlyDictionary<Guid, string> People,
    DateTimeOffset FirstResponseDue,
    SlaState FirstResponse,
    SlaState? Solution,
    IReadOnlyList<ServiceMove> Moves,
    Guid ReaderId)
{
    public string Name(Guid? id) => id is { } known ? People.GetValueOrDefault(known, "?") : string.Empty;
}
