using SalesCrm.Domain.Common;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features.Customers;

/// <summary>Messages shown next to form fields, keyed by field path (<c>Uscc</c>, <c>Contacts[1].Phone</c>), in the user's language.</summary>
public sealed class FieldErrors(Texts texts)
{
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    public int Count => _messages.Count;

    public string? this[string field] => _messages.GetValueOrDefault(field);

    public bool Has(string field) => _messages.ContainsKey(field);

    /// <summary>Errors that belong to no field, shown above the form.</summary>
    public string? General => _messages.GetValueOrDefault(string.Empty);

    public void Replace(IEnumerable<ValidationError> errors, Func<string, bool>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        _messages.Clear();
        foreach (var error in errors.Where(e => shown?.Invoke(e.Field) ?? true))
        {
            _messages.TryAdd(error.Field, texts.Or(error.Code, error.Message));
        }
    }

    public void Clear() => _messages.Clear();
}
