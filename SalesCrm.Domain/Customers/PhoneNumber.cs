using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// A contact's phone number as the user wrote it (mobile or landline with area code, optional +country code and
/// extension). Matching uses a normalised form computed outside the domain (libphonenumber, SEC-4 keyed hash).
/// </summary>
public sealed record PhoneNumber
{
    public const int MaxLength = 32;

    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static FieldError? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        // Length and characters first: a lone surrogate would make Normalize throw, and a megabyte is no phone number.
        if (Text.Check(input.Trim(), MaxLength) is { } refused)
        {
            return refused;
        }

        var value = input.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (value.Length > MaxLength || value.Any(c => !(char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '/' or '#' or 'x' or 'X')))
        {
            return new FieldError("Phone.Characters", "A phone number may contain digits, spaces, + - ( ) and an extension after #.");
        }

        // E.164 allows at most 15 digits; an extension after # or x adds up to 6 more.
        var parts = value.Split('#', 'x', 'X');
        var digits = parts[0].Count(char.IsAsciiDigit);
        var extension = parts.Skip(1).Sum(p => p.Count(char.IsAsciiDigit));
        return digits is < 7 or > 15 || extension > 6 || parts.Length > 2
            ? new FieldError("Phone.Digits", "A phone number has 7 to 15 digits, e.g. 138 0013 8000 or 021-6888 1234.")
            : null;
    }

    public static PhoneNumber? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var error = Validate(input);
        return error is null
            ? new PhoneNumber(input.Normalize(System.Text.NormalizationForm.FormKC).Trim())
            : throw new DomainException(error.Code, error.Message);
    }

    public static PhoneNumber FromStored(string value) => new(value);

    /// <summary>What may be shown in logs and audit entries: the last four digits only.</summary>
    public string Masked => Value.Length <= 4 ? "****" : new string('*', Value.Length - 4) + Value[^4..];

    public override string ToString() => Value;
}
