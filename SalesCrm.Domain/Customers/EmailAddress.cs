using System.Text.RegularExpressions;
using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>A contact's e-mail address, trimmed. Matching compares the case-folded form (SEC-4 keyed hash).</summary>
public sealed partial record EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static FieldError? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var value = input.Trim();
        if (value.Length <= MaxLength && Text.Check(value, MaxLength) is { } refused)
        {
            return refused;
        }

        return value.Length <= MaxLength && Shape().IsMatch(value)
            ? null
            : new FieldError("Email.Invalid", "Enter an e-mail address like name@company.com.");
    }

    public static EmailAddress? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var error = Validate(input);
        return error is null ? new EmailAddress(input.Trim()) : throw new DomainException(error.Code, error.Message);
    }

    public static EmailAddress FromStored(string value) => new(value);

    /// <summary>The matching form: case-folded.</summary>
    public string Normalised => Value.ToUpperInvariant().ToLowerInvariant();

    /// <summary>What may be shown in logs and audit entries.</summary>
    public string Masked
    {
        get
        {
            var at = Value.IndexOf('@', StringComparison.Ordinal);
            return at <= 1 ? "***" + Value[Math.Max(at, 0)..] : Value[0] + "***" + Value[at..];
        }
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
