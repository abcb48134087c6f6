using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>A saved draft's id, or why nothing was saved (each error naming its field).</summary>
public sealed record ContractSaveResult(Guid? Id, IReadOnlyList<ValidationError> Errors)
{
    public bool Saved => Id is not null && Errors.Count == 0;
}
