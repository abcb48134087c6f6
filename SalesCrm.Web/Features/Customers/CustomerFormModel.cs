using SalesCrm.Domain.Customers;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// What the create/edit form binds to, and what the service receives. <see cref="Version"/> is the concurrency token
/// of the copy the user started from; the service refuses a save based on a stale copy.
/// </summary>
public sealed class CustomerFormModel
{
    public Guid? Id { get; set; }
    public Guid Version { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Uscc { get; set; }
    public string? Industry { get; set; }
    public CompanySize? Size { get; set; }
    public IndustryPosition? Position { get; set; }
    public string? Address { get; set; }
    public SourceChannel? Source { get; set; }
    public string? Needs { get; set; }
    public string? Preferences { get; set; }
    public CustomerStatus Status { get; set; } = CustomerStatus.Prospect;
    public SettlementMethod Settlement { get; set; } = CommercialTerms.Default.Settlement;
    public CreditStanding Credit { get; set; } = CommercialTerms.Default.Credit;

    /// <summary>On create only: who owns the new customer (reps always themselves). Null means the signed-in user.</summary>
    public Guid? OwnerId { get; set; }

    public List<ContactFormModel> Contacts { get; set; } = [];

    public CustomerProfile ToProfile() => new(Name ?? string.Empty, Uscc, Industry, Size, Position, Address, Source, Needs, Preferences, Status);

    public CommercialTerms ToTerms() => new(Settlement, Credit);

    public IReadOnlyList<ContactDetails> ToContacts() => Contacts.Select(c => c.ToDetails()).ToList();

    public static CustomerFormModel From(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new()
        {
            Id = customer.Id,
            Version = customer.Version,
            Name = customer.Name,
            Uscc = customer.Uscc?.Value,
            Industry = customer.Industry,
            Size = customer.Size,
            Position = customer.Position,
            Address = customer.Address,
            Source = customer.Source,
            Needs = customer.Needs,
            Preferences = customer.Preferences,
            Status = customer.Status,
            Settlement = customer.Settlement,
            Credit = customer.Credit,
            OwnerId = customer.OwnerId,
            Contacts = customer.Contacts.Select(ContactFormModel.From).ToList(),
        };
    }
}
