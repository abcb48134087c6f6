namespace SalesCrm.Domain.Common;

/// <summary>Input refused as a whole: every invalid field is listed, so the form can show each message next to its field.</summary>
public sealed class DomainValidationException(IReadOnlyList<ValidationError> errors)
    : DomainException("Validation.Failed", string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
