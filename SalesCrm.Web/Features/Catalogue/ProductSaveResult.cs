using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Catalogue;

/// <summary>
/// What a catalogue command did: the product's id, or the errors and nothing saved. Each error names its
/// <see cref="ProductFormModel"/> field; an empty field is about the whole product (gone, changed meanwhile).
/// </summary>
public sealed record ProductSaveResult(Guid? Id, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ProductSaveResult Saved(Guid id) => new(id, []);

    public static ProductSaveResult Invalid(IReadOnlyList<ValidationError> errors) => new(null, errors);

    public static ProductSaveResult Invalid(string field, string code, string message) => Invalid([new ValidationError(field, code, message)]);
}
