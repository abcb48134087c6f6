using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// What a save did. <see cref="SaveOutcome.Invalid"/> carries the field errors; <see cref="SaveOutcome.Conflict"/> the
/// other user's current values, so the page can show them beside the user's own and let them choose;
/// <see cref="SaveOutcome.Collision"/> who already owns the customer (OWN-3).
/// </summary>
public sealed record CustomerSaveResult(
    SaveOutcome Outcome,
    Guid? Id = null,
    IReadOnlyList<ValidationError>? Errors = null,
    CustomerFormModel? Theirs = null,
    IReadOnlyList<OwnedMatch>? Matches = null)
{
    public static CustomerSaveResult NotFound { get; } = new(SaveOutcome.NotFound);

    public static CustomerSaveResult Invalid(IReadOnlyList<ValidationError> errors) => new(SaveOutcome.Invalid, Errors: errors);

    public static CustomerSaveResult Invalid(string field, string code, string message) => Invalid([new ValidationError(field, code, message)]);
}
