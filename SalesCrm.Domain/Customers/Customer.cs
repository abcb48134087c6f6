using System.Linq.Expressions;
using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// A customer file (CUS-1). It belongs to one region and is owned by one rep; <see cref="FirstContactAt"/> is the
/// server's clock when it was registered and has no setter anywhere (OWN-1: first contact cannot be back-dated).
/// </summary>
public sealed class Customer : AggregateRoot
{
    public const int NameMaxLength = 200;
    public const int ShortTextMaxLength = 100;
    public const int AddressMaxLength = 300;
    public const int LongTextMaxLength = 2000;

    private readonly List<Contact> _contacts = [];

    private Customer()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>OWN-2: the name as matching sees it (<see cref="Ownership.CompanyNameKey"/>); indexed for the duplicate check.</summary>
    public string NameKey { get; private set; } = string.Empty;
    public Uscc? Uscc { get; private set; }
    public string? Industry { get; private set; }
    public CompanySize? Size { get; private set; }
    public IndustryPosition? Position { get; private set; }
    public string? Address { get; private set; }
    public SourceChannel? Source { get; private set; }
    public string? Needs { get; private set; }
    public string? Preferences { get; private set; }
    public CustomerStatus Status { get; private set; }
    public SettlementMethod Settlement { get; private set; }
    public CreditStanding Credit { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? AccountManagerId { get; private set; }
    public DateTimeOffset FirstContactAt { get; private set; }

    /// <summary>OWN-6: the last time the owner logged contact with the company (registering it counts).</summary>
    public DateTimeOffset LastContactAt { get; private set; }

    /// <summary>OWN-6: set while the customer is in the shared pool; the former owner no longer reaches it.</summary>
    public DateTimeOffset? PooledAt { get; private set; }

    public bool InPool => PooledAt is not null;

    /// <summary>What the customer has signed in all, in the company's currency (issue 5 §9); TIER-1 reads the contracts for its 12 months.</summary>
    public decimal SignedContractsTotal { get; private set; }

    public DateTimeOffset? LastSignedAt { get; private set; }

    /// <summary>
    /// Null for a company registered directly as a customer. A lead (LEAD-1) is the same record from its first
    /// registration, so the first-contact claim, its unique keys and the ledger cover leads too, and converting a lead
    /// can never create a second record for the company.
    /// </summary>
    public LeadStatus? Lead { get; private set; }

    public string? DisqualifiedReason { get; private set; }

    /// <summary>Shown in the customer list: a direct registration or a converted lead.</summary>
    public bool IsCustomer => Lead is null or LeadStatus.Converted;

    public IReadOnlyList<Contact> Contacts => _contacts;

    /// <summary>TIER-1: the grade the trailing 12 months' signed amount gives (<see cref="TierPolicy"/>); C until first graded.</summary>
    public Tier ComputedTier { get; private set; } = Tier.C;

    /// <summary>TIER-1: a higher grade a manager set for size or demand potential, with <see cref="TierOverrideReason"/>.</summary>
    public Tier? TierOverride { get; private set; }
    public string? TierOverrideReason { get; private set; }
    public Guid? TierOverriddenById { get; private set; }
    public DateTimeOffset? TierOverriddenAt { get; private set; }

    /// <summary>
    /// TIER-1: the grade as one value with its rules. Its parts are stored as the columns above, so the lists can index
    /// and filter on them (EF Core maps no index onto a complex type).
    /// </summary>
    public TierStanding Standing
    {
        get => new(ComputedTier, TierOverride, TierOverrideReason, TierOverriddenById, TierOverriddenAt);
        private set => (ComputedTier, TierOverride, TierOverrideReason, TierOverriddenById, TierOverriddenAt) =
            (value.Computed, value.Override, value.OverrideReason, value.OverriddenById, value.OverriddenAt);
    }

    /// <inheritdoc cref="TierStanding.Effective"/>
    public Tier EffectiveTier => Standing.Effective;

    /// <inheritdoc cref="TierStanding.IsOverridden"/>
    public bool TierIsOverridden => Standing.IsOverridden;

    /// <summary>
    /// TIER-2: an A-tier customer that is not lost is flagged until it has a dedicated account manager. One rule for the
    /// customer and for the database's filters (a manager's grade counts when it is A, see <see cref="EffectiveTier"/>).
    /// </summary>
    public static readonly Expression<Func<Customer, bool>> NeedingAccountManager =
        c => (c.ComputedTier == Tier.A || c.TierOverride == Tier.A) && c.Status != CustomerStatus.Lost && c.AccountManagerId == null;

    private static readonly Func<Customer, bool> NeedsAccountManagerNow = NeedingAccountManager.Compile();

    /// <inheritdoc cref="NeedingAccountManager"/>
    public bool NeedsAccountManager => NeedsAccountManagerNow(this);

    /// <summary>CUS-3: the managed-list reason of the latest loss; kept after reactivation for the churn analysis.</summary>
    public Guid? LostReasonId { get; private set; }
    public string? LostNote { get; private set; }
    public DateTimeOffset? LostAt { get; private set; }

    /// <summary>CUS-3: the latest loss as one value, while the customer has been lost at least once.</summary>
    public CustomerLoss? Loss => LostReasonId is { } reason && LostAt is { } at ? new CustomerLoss(reason, LostNote ?? string.Empty, at) : null;

    /// <summary>CUS-5: when a lost customer last came back.</summary>
    public DateTimeOffset? ReactivatedAt { get; private set; }

    public static Customer Register(
        CustomerProfile profile,
        CommercialTerms terms,
        IReadOnlyList<ContactDetails> contacts,
        Guid ownerId,
        Guid regionId,
        DateTimeOffset now,
        CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(calendar);
        Validate(profile, contacts, calendar.DayOf(now));

        var customer = new Customer { OwnerId = ownerId, RegionId = regionId, FirstContactAt = now, LastContactAt = now };
        customer.ApplyProfile(profile);
        customer.Settlement = terms.Settlement;
        customer.Credit = terms.Credit;
        customer.SyncContacts(contacts);
        return customer;
    }

    /// <summary>
    /// LEAD-1: a rep registers a lead: the company with one contact person who can be reached by phone or e-mail. The
    /// first-contact time is the server's clock now, exactly as for a customer.
    /// </summary>
    public static Customer RegisterLead(CustomerProfile profile, ContactDetails contact, Guid ownerId, Guid regionId, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(contact);
        var errors = CheckLead(profile, contact, calendar.DayOf(now));
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var lead = Register(profile with { Status = CustomerStatus.Prospect }, CommercialTerms.Default, [contact], ownerId, regionId, now, calendar);
        lead.Lead = LeadStatus.New;
        return lead;
    }

    /// <summary>LEAD-1's rules on top of a customer's: the contact person is named and reachable.</summary>
    public static IReadOnlyList<ValidationError> CheckLead(CustomerProfile profile, ContactDetails contact, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var errors = new ValidationErrors();
        foreach (var error in Check(profile, [contact], today))
        {
            errors.Add(error.Field.Replace("Contacts[0].", "Contact.", StringComparison.Ordinal), error.Code, error.Message);
        }

        if (string.IsNullOrWhiteSpace(contact.Phone) && string.IsNullOrWhiteSpace(contact.Email))
        {
            errors.Add("Contact.Phone", "Lead.ReachableRequired", "Enter a phone number or an e-mail address of the contact person.");
        }

        return errors.Items;
    }

    /// <summary>The rep reached the contact person.</summary>
    public void MarkContacted(DateTimeOffset now)
    {
        Lead = LeadFlow.Move(Lead, LeadStatus.Contacted);
        RecordContact(now);
    }

    /// <summary>OWN-6: the owner logged contact, which restarts the days until the customer would go to the pool.</summary>
    public void RecordContact(DateTimeOffset at)
    {
        if (at > LastContactAt)
        {
            LastContactAt = at;
        }
    }

    /// <summary>
    /// A contract with the customer was signed: its amount adds to what the customer signed, a prospect or dormant
    /// customer becomes active, and signing counts as contact (OWN-6).
    /// </summary>
    public void RecordSignedContract(Money amount, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Currency != Money.DefaultCurrency)
        {
            throw new DomainException("Customer.SignedCurrency", $"Signed amounts are kept in {Money.DefaultCurrency}.");
        }

        SignedContractsTotal += amount.Amount;
        LastSignedAt = at;
        if (Status is CustomerStatus.Prospect or CustomerStatus.Dormant)
        {
            Status = CustomerStatus.Active;
        }

        RecordContact(at);
    }

    /// <summary>When the pool policy of <paramref name="days"/> days would release this customer (<see cref="Ownership.PoolRelease"/>).</summary>
    public DateTimeOffset ReleaseDueAt(int days, CompanyCalendar calendar) => Ownership.PoolRelease.DueAt(LastContactAt, days, calendar);

    /// <summary>
    /// OWN-6: the owner logged no contact for <paramref name="days"/> days, so the customer goes to the shared pool,
    /// where the first rep to claim it becomes owner. The ledger line names the former owner.
    /// </summary>
    public Ownership.OwnershipRecord ReleaseToPool(int days, DateTimeOffset now, CompanyCalendar calendar)
    {
        if (InPool)
        {
            throw new DomainException("Pool.AlreadyInPool", "This customer is in the shared pool already.");
        }

        if (now < ReleaseDueAt(days, calendar))
        {
            throw new DomainException("Pool.NotDue", $"The owner logged contact less than {days} days ago.");
        }

        PooledAt = now;
        return Ownership.OwnershipRecord.Released(Id, OwnerId, days, now);
    }

    /// <summary>
    /// OWN-6 with OWN-1: a rep claims the customer from the pool and owns it from now, in their region — if the pool's
    /// <paramref name="rules"/> let <paramref name="claimant"/> have it (<see cref="Ownership.PoolClaimRefused"/> says which
    /// rule does not, and when it lifts). <paramref name="decidedById"/> is the rep, or the region's sales manager claiming
    /// on their behalf. The caller saves with the customer's version, so of two reps claiming at once exactly one wins.
    /// </summary>
    public Ownership.OwnershipRecord ClaimFromPool(
        Guid repId, Guid decidedById, string region, Ownership.PoolClaimRules rules, Ownership.PoolClaimant claimant, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(claimant);
        if (!InPool)
        {
            throw new DomainException("Pool.NotInPool", "This customer is no longer in the pool: someone claimed it a moment ago.");
        }

        if (rules.Check(RegionId, region, claimant, now, calendar) is { } refusal)
        {
            throw new Ownership.PoolClaimRefused(refusal);
        }

        var record = Ownership.OwnershipRecord.FromPool(Id, OwnerId, repId, decidedById, now);
        ChangeOwner(Ownership.OwnershipChange.ClaimedFromPool, repId, claimant.RegionId);
        PooledAt = null;
        LastContactAt = now;
        return record;
    }

    /// <summary>LEAD-2: the lead has a real intent; the rep's manager is told.</summary>
    public void Qualify() => Lead = LeadFlow.Move(Lead, LeadStatus.Qualified);

    /// <summary>No intent, or not a fit: the lead stays on record (and with its first contact) with the reason.</summary>
    public void Disqualify(string reason)
    {
        var clean = LeadFlow.DisqualifyingReason(reason);
        Lead = LeadFlow.Move(Lead, LeadStatus.Disqualified);
        DisqualifiedReason = clean;
    }

    /// <summary>LEAD-2: a qualified lead becomes a customer; the caller opens its first opportunity in the same save.</summary>
    public void ConvertLead() => Lead = LeadFlow.Move(Lead, LeadStatus.Converted);

    /// <summary>Updates the basic data and contacts together: either all of it is valid and applied, or nothing is.</summary>
    public void UpdateProfile(CustomerProfile profile, IReadOnlyList<ContactDetails> contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(contacts);
        if (profile.Status == CustomerStatus.Lost && Status != CustomerStatus.Lost)
        {
            throw new DomainException("Customer.LostNeedsReason", "Marking a customer lost needs a reason: use \"Mark lost\" (CUS-3).");
        }

        Validate(profile, contacts, today);
        ApplyProfile(profile);
        SyncContacts(contacts);
    }

    public void ChangeCommercialTerms(CommercialTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Settlement = terms.Settlement;
        Credit = terms.Credit;
    }

    /// <summary>
    /// OWN-5: a manager moves the customer to another owner (a rep leaves, a dispute is settled); the customer follows
    /// the new owner's region. The reason is required and goes into the ownership ledger.
    /// </summary>
    public Ownership.OwnershipRecord TransferTo(Guid newOwnerId, Guid newOwnerRegionId, string reason, Guid managerId, DateTimeOffset now) =>
        MoveTo(Ownership.OwnershipChange.Transfer, newOwnerId, newOwnerRegionId, reason, managerId, now);

    /// <summary>OWN-5: an upheld dispute gives the customer to the rep who made first contact.</summary>
    public Ownership.OwnershipRecord SettleDispute(Ownership.OwnershipDispute dispute, Guid managerId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        if (dispute.CustomerId != Id || dispute.Status != Ownership.DisputeStatus.Upheld)
        {
            throw new DomainException("Dispute.NotUpheld", "Only an upheld dispute about this customer moves it.");
        }

        return MoveTo(Ownership.OwnershipChange.DisputeUpheld, dispute.ClaimantId, dispute.ClaimantRegionId, dispute.TransferReason, managerId, now);
    }

    private Ownership.OwnershipRecord MoveTo(Ownership.OwnershipChange change, Guid newOwnerId, Guid newOwnerRegionId, string reason, Guid managerId, DateTimeOffset now)
    {
        var record = Ownership.OwnershipRecord.Transfer(change, Id, OwnerId, newOwnerId, managerId, reason, now);
        if (newOwnerId == OwnerId)
        {
            throw new DomainValidationException([new ValidationError("OwnerId", "Ownership.SameOwner", "This person owns the customer already.")]);
        }

        ChangeOwner(change, newOwnerId, newOwnerRegionId);

        // OWN-6: a manager may also hand a pooled customer to someone; the new owner gets their full N days.
        PooledAt = null;
        RecordContact(now);
        return record;
    }

    /// <summary>The one place owner and region change; what depends on them follows through the events (OWN-5).</summary>
    private void ChangeOwner(Ownership.OwnershipChange change, Guid ownerId, Guid regionId)
    {
        Raise(new CustomerOwnerChanged(Id, change, OwnerId, ownerId, regionId));
        if (regionId != RegionId)
        {
            Raise(new CustomerRegionChanged(Id, RegionId, regionId));
        }

        OwnerId = ownerId;
        RegionId = regionId;
    }

    /// <summary>
    /// TIER-1: sets the grade computed from the trailing 12 months' signed amount; true when this changes the effective
    /// grade (so the caller can tell the owner, or flag a new A-tier customer under TIER-2).
    /// </summary>
    public bool Regrade(Tier computed)
    {
        var before = EffectiveTier;
        Standing = Standing.Regraded(computed);
        return EffectiveTier != before;
    }

    /// <summary>
    /// TIER-1: a manager grades the customer higher than its amount does, for size or demand potential, with a written
    /// reason. Who counts as a manager is an access rule of the web side. A new override replaces the previous one.
    /// </summary>
    public void OverrideTier(Tier higher, string? reason, Guid byId, DateTimeOffset now) => Standing = Standing.Raised(higher, reason, byId, now);

    /// <summary>TIER-1: the grade follows the signed amount again.</summary>
    public void ClearTierOverride() => Standing = Standing.WithoutOverride();

    /// <summary>TIER-2: the customer's dedicated account manager.</summary>
    public void AssignAccountManager(Guid accountManagerId)
    {
        if (accountManagerId == Guid.Empty)
        {
            throw new DomainValidationException([new ValidationError(nameof(AccountManagerId), "Customer.AccountManagerRequired", "Choose the account manager.")]);
        }

        AccountManagerId = accountManagerId;
    }

    public void ClearAccountManager() => AccountManagerId = null;

    /// <summary>CUS-3: the customer is lost, for a reason from the managed list and in the user's words.</summary>
    public void MarkLost(Guid reasonId, string? text, DateTimeOffset now)
    {
        if (!IsCustomer)
        {
            throw new DomainException("Customer.LeadCannotBeLost", "A lead is disqualified, not marked lost.");
        }

        if (Status == CustomerStatus.Lost)
        {
            throw new DomainException("Customer.AlreadyLost", "This customer is marked lost already.");
        }

        var loss = CustomerLoss.Record(reasonId, text, now);
        Status = CustomerStatus.Lost;
        (LostReasonId, LostNote, LostAt) = (loss.ReasonId, loss.Note, loss.At);
    }

    /// <summary>
    /// CUS-5: a lost customer returns and is active again. The returned notice (a returning customer) is saved with the
    /// customer, so the heads of collection and service hear of it.
    /// </summary>
    public OnboardingNotice Reactivate(string? detail, DateTimeOffset now)
    {
        if (Status != CustomerStatus.Lost)
        {
            throw new DomainException("Customer.NotLost", "Only a lost customer is reactivated.");
        }

        var notice = OnboardingNotice.Raise(Id, OnboardingReason.ReturningCustomer, detail, now);
        Status = CustomerStatus.Active;
        ReactivatedAt = now;
        RecordContact(now);
        return notice;
    }

    public CustomerProfile Profile => new(Name, Uscc?.Value, Industry, Size, Position, Address, Source, Needs, Preferences, Status);

    public CommercialTerms Terms => new(Settlement, Credit);

    public static IReadOnlyList<ValidationError> Check(CustomerProfile profile, IReadOnlyList<ContactDetails> contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(contacts);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            errors.Add(nameof(CustomerProfile.Name), "Customer.NameRequired", "Enter the customer's name.");
        }

        errors.AddIf(nameof(CustomerProfile.Name), Text.Check(profile.Name?.Trim(), NameMaxLength));
        errors.AddIf(nameof(CustomerProfile.Uscc), Customers.Uscc.Validate(profile.Uscc));
        errors.AddIf(nameof(CustomerProfile.Industry), Text.Check(Text.Clean(profile.Industry), ShortTextMaxLength));
        errors.AddIf(nameof(CustomerProfile.Address), Text.Check(Text.Clean(profile.Address), AddressMaxLength));
        errors.AddIf(nameof(CustomerProfile.Needs), Text.Check(Text.Clean(profile.Needs), LongTextMaxLength));
        errors.AddIf(nameof(CustomerProfile.Preferences), Text.Check(Text.Clean(profile.Preferences), LongTextMaxLength));
        for (var i = 0; i < contacts.Count; i++)
        {
            Contact.Validate(contacts[i], $"Contacts[{i}]", errors, today);
        }

        return errors.Items;
    }

    private static void Validate(CustomerProfile profile, IReadOnlyList<ContactDetails> contacts, DateOnly today)
    {
        var errors = Check(profile, contacts, today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private void ApplyProfile(CustomerProfile profile)
    {
        Name = profile.Name.Trim();
        NameKey = Ownership.CompanyNameKey.For(Name);
        Uscc = Customers.Uscc.Parse(profile.Uscc);
        Industry = Text.Clean(profile.Industry);
        Size = profile.Size;
        Position = profile.Position;
        Address = Text.Clean(profile.Address);
        Source = profile.Source;
        Needs = Text.Clean(profile.Needs);
        Preferences = Text.Clean(profile.Preferences);
        Status = profile.Status;
    }

    private void SyncContacts(IReadOnlyList<ContactDetails> contacts)
    {
        var kept = contacts.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
        _contacts.RemoveAll(c => !kept.Contains(c.Id));
        foreach (var details in contacts)
        {
            var existing = details.Id is { } id ? _contacts.Find(c => c.Id == id) : null;
            if (existing is null)
            {
                _contacts.Add(new Contact(Id, details));
            }
            else
            {
                existing.Apply(details);
            }
        }
    }
}
