using PhoneNumbers;
using PhoneNumber = SalesCrm.Domain.Customers.PhoneNumber;
using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Data.Protection;

/// <summary>
/// The normalised forms that contacts are matched on (OWN-2) and searched by: a phone number in E.164 (default region
/// CN, so 138-0013-8000, +86 138 0013 8000 and 8613800138000 are one number; landlines keep their area code) and a
/// case-folded e-mail address. Only their keyed hashes are stored.
/// </summary>
public sealed class ContactMatchKeys(ContactProtector protector)
{
    public const string PhoneKind = "phone";
    public const string EmailKind = "email";
    private const string DefaultRegion = "CN";
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public string PhoneHash(PhoneNumber phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return protector.Hash(PhoneKind, NormalisePhone(phone.Value));
    }

    public string EmailHash(EmailAddress email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return protector.Hash(EmailKind, email.Normalised);
    }

    /// <summary>The hash a search term would have if it were a phone number or an e-mail address; null when it cannot be either.</summary>
    public string? PhoneHashOf(string term) =>
        PhoneNumber.Validate(term) is null && !string.IsNullOrWhiteSpace(term) ? PhoneHash(PhoneNumber.Parse(term)!) : null;

    public string? EmailHashOf(string term) =>
        EmailAddress.Validate(term) is null && !string.IsNullOrWhiteSpace(term) ? EmailHash(EmailAddress.Parse(term)!) : null;

    public static string NormalisePhone(string value)
    {
        var withoutExtension = value.Split('#', 'x', 'X')[0];
        var digits = new string(withoutExtension.Where(char.IsAsciiDigit).ToArray());
        var candidate = withoutExtension.TrimStart().StartsWith('+') ? "+" + digits : digits;
        if (!candidate.StartsWith('+') && digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13)
        {
            candidate = "+" + digits;
        }

        try
        {
            var parsed = Phones.Parse(candidate, DefaultRegion);
            return Phones.IsPossibleNumber(parsed) ? Phones.Format(parsed, PhoneNumberFormat.E164) : digits;
        }
        catch (NumberParseException)
        {
            return digits;
        }
    }
}
