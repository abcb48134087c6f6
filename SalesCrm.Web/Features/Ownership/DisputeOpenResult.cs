using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>The new dispute's id, or the errors (each naming its <see cref="DisputeFormModel"/> field) and nothing saved.</summary>
public sealed record DisputeOpenResult(Guid? Id, IReadOnlyList<ValidationError> Errors)
{
    public static DisputeOpenResult Invalid(string field, string code, string message) => new(null, [new ValidationError(field, code, message)]);
}
