using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Tests.TestSupport;

/// <summary>
/// A valid customer (CUS-1) unless told otherwise, as the domain registers it (<see cref="Build"/>), as a test
/// database holds it (<see cref="SaveAsync"/>), or as a user types it into the form (<see cref="ToForm"/>).
/// </summary>
public sealed class CustomerBuilder
{
    /// <summary>A real-world shaped code whose check character is right.</summary>
    public const string ValidUscc = "91350100M000100Y43";

    private readonly List<ContactDetails> _contacts = [];
    private CustomerProfile _profile = new(
        "Hangzhou Acme Machinery Co., Ltd.", null, "Machinery", CompanySize.Medium, IndustryPosition.Established,
        "88 Wensan Road, Hangzhou", SourceChannel.Referral, "Annual equipment purchase", null, CustomerStatus.Prospect);

    private CommercialTerms _terms = CommercialTerms.Default;
    private CrmUser? _accountManager;

    public CustomerBuilder Named(string name)
    {
        _profile = _profile with { Name = name };
        return this;
    }

    public CustomerBuilder WithUscc(string? uscc)
    {
        _profile = _profile with { Uscc = uscc };
        return this;
    }

    public CustomerBuilder WithContact(string name, string? phone = null, string? email = null, DateOnly? birthday = null)
    {
        _contacts.Add(new ContactDetails(null, name, "Purchasing manager", phone, email, birthday));
        return this;
    }

    public CustomerBuilder WithTerms(SettlementMethod settlement, CreditStanding credit = CreditStanding.Normal)
    {
        _terms = new CommercialTerms(settlement, credit);
        return this;
    }

    /// <summary>TIER-2's dedicated account manager (the domain has no command for it yet, so it is set in the database).</summary>
    public CustomerBuilder ManagedBy(CrmUser accountManager)
    {
        _accountManager = accountManager;
        return this;
    }

    public CustomerProfile Profile => _profile;

    public IReadOnlyList<ContactDetails> Contacts => _contacts;

    public Customer Build(Guid ownerId, Guid regionId, DateTimeOffset now) =>
        Customer.Register(_profile, _terms, _contacts, ownerId, regionId, now, Company.Calendar);

    public async Task<Customer> SaveAsync(TestDatabase database, CrmUser owner)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(owner);
        var customer = Build(owner.Id, owner.RegionId, database.Time.GetUtcNow());
        await using var db = database.CreateContext();
        db.Customers.Add(customer);
        db.OwnershipLedger.Add(OwnershipRecord.FirstContact(customer.Id, owner.Id, owner.Id, customer.FirstContactAt));
        if (_accountManager is not null)
        {
            db.Entry(customer).Property(c => c.AccountManagerId).CurrentValue = _accountManager.Id;
        }

        await db.SaveChangesAsync();
        return customer;
    }

    /// <summary>The create form filled in with this customer; <paramref name="owner"/> null leaves the owner to the service.</summary>
    public CustomerFormModel ToForm(CrmUser? owner = null) => new()
    {
        Name = _profile.Name,
        Uscc = _profile.Uscc,
        Industry = _profile.Industry,
        Size = _profile.Size,
        Position = _profile.Position,
        Address = _profile.Address,
        Source = _profile.Source,
        Needs = _profile.Needs,
        Preferences = _profile.Preferences,
        Status = _profile.Status,
        Settlement = _terms.Settlement,
        Credit = _terms.Credit,
        OwnerId = owner?.Id,
        Contacts = _contacts.Select(c => new ContactFormModel { Name = c.Name, Title = c.Title, Phone = c.Phone, Email = c.Email }).ToList(),
    };
}
