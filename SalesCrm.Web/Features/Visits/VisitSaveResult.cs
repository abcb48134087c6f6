using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Visits;

/// <summary>The saved record's id, or the messages to show next to the fields (what was typed stays on the page).</summary>
public sealed record VisitSaveResult(Guid? Id, IReadOnlyList<ValidationError> Errors)
{
    public bool Saved => Id is not null && Errors.Count == 0;
}
