using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Admin;

/// <summary>
/// What an administration command did: errors per field (codes into the text catalogue, with English fallbacks) to
/// show next to the inputs, or a value (a new id or password).
/// </summary>
public sealed record AdminResult(IReadOnlyDictionary<string, IReadOnlyList<FieldError>> Errors, string? Value = null)
{
    public static AdminResult Ok(string? value = null) => new(new Dictionary<string, IReadOnlyList<FieldError>>(), value);

    public static AdminResult Error(string field, string code, string message) =>
        new(new Dictionary<string, IReadOnlyList<FieldError>> { [field] = [new FieldError(code, message)] });

    public bool Succeeded => Errors.Count == 0;
}
