namespace SalesCrm.Domain.Common;

/// <summary>Collects field errors while a whole input is checked, then throws them together.</summary>
public sealed class ValidationErrors
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Items => _errors;

    public void Add(string field, string code, string message) => _errors.Add(new ValidationError(field, code, message));

    public void AddIf(string field, FieldError? error)
    {
        if (error is not null)
        {
            _errors.Add(new ValidationError(field, error.Code, error.Message));
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new DomainValidationException(_errors.ToArray());
        }
    }
}
