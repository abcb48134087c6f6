using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Customers;

/// <summary>A contact as the form edits it.</summary>
public sealed class ContactFormModel
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateTime? Birthday { get; set; }

    public ContactDetails ToDetails() =>
        new(Id, Name, Title, Phone, Email, Birthday is { } b ? DateOnly.FromDateTime(b) : null);

    public static ContactFormModel From(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new()
        {
            Id = contact.Id,
            Name = contact.Name,
            Title = contact.Title,
            Phone = contact.Phone?.Value,
            Email = contact.Email?.Value,
            Birthday = contact.Birthday?.ToDateTime(TimeOnly.MinValue),
        };
    }
}
