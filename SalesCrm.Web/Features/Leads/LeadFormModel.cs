using SalesCrm.Domain.Customers;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Web.Features.Leads;

/// <summary>LEAD-1's form: the company, one contact person and how to reach them, the intent, industry and source.</summary>
public sealed class LeadFormModel
{
    public string CompanyName { get; set; } = string.Empty;
    public string ContactName { get; set; } = string.Empty;
    public string? ContactTitle { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Needs { get; set; }
    public string? Industry { get; set; }
    public SourceChannel? Source { get; set; }

    /// <summary>Null means the signed-in user; managers may register a lead for a rep they lead.</summary>
    public Guid? OwnerId { get; set; }

    public CustomerProfile ToProfile() => new(CompanyName ?? string.Empty, null, Industry, null, null, null, Source, Needs, null, CustomerStatus.Prospect);

    public ContactDetails ToContact() => new(null, ContactName ?? string.Empty, ContactTitle, Phone, Email, null);

    /// <summary>The lead form's field for a field the customer rules name (<c>Name</c>, <c>Contact.Phone</c>, ...).</summary>
    public static string FieldOf(string field) => field switch
    {
        nameof(CustomerFormModel.Name) => nameof(CompanyName),
        "Contact.Name" => nameof(ContactName),
        "Contact.Title" => nameof(ContactTitle),
        "Contact.Phone" => nameof(Phone),
        "Contact.Email" => nameof(Email),
        _ => field,
    };

    /// <summary>The same data as the customer form holds it, for the OWN-2 match check and the claim.</summary>
    public CustomerFormModel ToCustomerForm() => new()
    {
        Name = CompanyName ?? string.Empty,
        Industry = Industry,
        Source = Source,
        Needs = Needs,
        OwnerId = OwnerId,
        Contacts = [new ContactFormModel { Name = ContactName ?? string.Empty, Title = ContactTitle, Phone = Phone, Email = Email }],
    };
}
