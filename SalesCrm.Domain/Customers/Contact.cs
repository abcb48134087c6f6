using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>A person at the customer. Phone and e-mail are confidential (SEC-4): stored encrypted, matched by keyed hash.</summary>
public sealed class Contact : Entity
{
    public const int NameMaxLength = 100;
    public const int TitleMaxLength = 100;

    private Contact()
    {
        Name = string.Empty;
    }

    internal Contact(Guid customerId, ContactDetails details)
    {
        CustomerId = customerId;
        Name = string.Empty;
        Apply(details);
    }

    public Guid CustomerId { get; private set; }
    public string Name { get; private set; }
    public string? Title { get; private set; }
    public PhoneNumber? Phone { get; private set; }
    public EmailAddress? Email { get; private set; }
    public DateOnly? Birthday { get; private set; }

    internal void Apply(ContactDetails details)
    {
        Name = details.Name.Trim();
        Title = Text.Clean(details.Title);
        Phone = PhoneNumber.Parse(details.Phone);
        Email = EmailAddress.Parse(details.Email);
        Birthday = details.Birthday;
    }

    internal static void Validate(ContactDetails details, string prefix, ValidationErrors errors, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            errors.Add($"{prefix}.Name", "Contact.NameRequired", "Enter the contact's name.");
        }

        errors.AddIf($"{prefix}.Name", Text.Check(details.Name?.Trim(), NameMaxLength));
        errors.AddIf($"{prefix}.Title", Text.Check(Text.Clean(details.Title), TitleMaxLength));
        errors.AddIf($"{prefix}.Phone", PhoneNumber.Validate(details.Phone));
        errors.AddIf($"{prefix}.Email", EmailAddress.Validate(details.Email));
        if (details.Birthday is { } birthday && (birthday > today || birthday.Year < 1900))
        {
            errors.Add($"{prefix}.Birthday", "Contact.BirthdayInvalid", "A birthday lies between 1900 and today.");
        }
    }
}
