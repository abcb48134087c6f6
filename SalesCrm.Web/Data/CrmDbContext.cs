using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Domain.Receivables;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Configurations;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Web.Data;

/// <summary>
/// The CRM's unit of work. Provider-neutral; <see cref="SqliteCrmDbContext"/> and <see cref="SqlServerCrmDbContext"/>
/// only exist so each provider keeps its own migrations. Every save first hands the aggregates' domain events to their
/// handlers (whose changes join the save), then renews aggregate versions (concurrency), computes contact match keys
/// (SEC-4) and writes the audit trail (SEC-2), all in the same transaction.
/// </summary>
public abstract class CrmDbContext : IdentityDbContext<CrmUser, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    /// <summary>Handlers may raise events of their own; a chain longer than this is a loop.</summary>
    private const int MaxEventRounds = 8;

    private readonly ContactProtector _protector;
    private readonly TimeProvider _time;
    private readonly DomainEventDispatcher _events;

    protected CrmDbContext(DbContextOptions options, ContactProtector protector, TimeProvider time, DomainEventDispatcher events)
        : base(options)
    {
        _protector = protector;
        _time = time;
        _events = events;
    }

    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Collision> Collisions => Set<Collision>();
    public DbSet<OwnershipRecord> OwnershipLedger => Set<OwnershipRecord>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OwnershipDispute> OwnershipDisputes => Set<OwnershipDispute>();
    public DbSet<Domain.Contracts.Contract> Contracts => Set<Domain.Contracts.Contract>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<IssuedContractPdf> IssuedContractPdfs => Set<IssuedContractPdf>();
    public DbSet<Domain.Targets.SalesTarget> SalesTargets => Set<Domain.Targets.SalesTarget>();
    public DbSet<Domain.Targets.SigningCredit> SigningCredits => Set<Domain.Targets.SigningCredit>();
    public DbSet<Domain.Targets.MonthVerification> MonthVerifications => Set<Domain.Targets.MonthVerification>();
    public DbSet<Domain.Targets.TargetTalk> TargetTalks => Set<Domain.Targets.TargetTalk>();
    public DbSet<Domain.Targets.ImprovementPlan> ImprovementPlans => Set<Domain.Targets.ImprovementPlan>();
    public DbSet<Domain.Complaints.ServiceRequest> ServiceRequests => Set<Domain.Complaints.ServiceRequest>();
    public DbSet<Receivable> Receivables => Set<Receivable>();
    public DbSet<Domain.Visits.ContactLog> ContactLogs => Set<Domain.Visits.ContactLog>();
    public DbSet<Domain.Visits.PlannedContact> PlannedContacts => Set<Domain.Visits.PlannedContact>();
    public DbSet<Domain.Care.CareRecord> CareRecords => Set<Domain.Care.CareRecord>();
    public DbSet<LostReason> LostReasons => Set<LostReason>();
    public DbSet<OnboardingNotice> OnboardingNotices => Set<OnboardingNotice>();
    public DbSet<DataUpgrade> DataUpgrades => Set<DataUpgrade>();

    /// <summary>
    /// SEC-4: the ASP.NET Core Data Protection key ring (sign-in cookies, antiforgery), here so that every server shares it
    /// and it survives a restart; each key is encrypted with the contact key (<see cref="KeyRingXmlEncryptor"/>), which is never stored here.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who the next save is for. Changes to business records without an actor are refused, so no change goes unattributed.</summary>
    public AuditActor? Actor { get; set; }

    internal string ProtectionKeyId => _protector.KeyId;

    /// <summary>Handlers are asynchronous, so a save with domain events waiting must be <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ChangeTracker.Entries<AggregateRoot>().Any(e => e.Entity.HasDomainEvents))
        {
            throw new InvalidOperationException("Domain events are waiting: save with SaveChangesAsync so their handlers run in the same save.");
        }

        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        PrepareSave();
        var added = ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _events.Committed(added);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new CustomerConfiguration());
        builder.ApplyConfiguration(new ContactConfiguration(_protector));
        builder.ApplyConfiguration(new RegionConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new CrmUserConfiguration());
        builder.ApplyConfiguration(new CollisionConfiguration());
        builder.ApplyConfiguration(new OwnershipRecordConfiguration());
        builder.ApplyConfiguration(new NotificationConfiguration());
        builder.ApplyConfiguration(new OpportunityConfiguration());
        builder.ApplyConfiguration(new OwnershipDisputeConfiguration());
        builder.ApplyConfiguration(new ContractConfiguration());
        builder.ApplyConfiguration(new ProductConfiguration());
        builder.ApplyConfiguration(new IssuedContractPdfConfiguration(_protector));
        builder.ApplyConfiguration(new SalesTargetConfiguration());
        builder.ApplyConfiguration(new SigningCreditConfiguration());
        builder.ApplyConfiguration(new MonthVerificationConfiguration());
        builder.ApplyConfiguration(new TargetTalkConfiguration());
        builder.ApplyConfiguration(new ImprovementPlanConfiguration());
        builder.ApplyConfiguration(new ServiceRequestConfiguration(_protector));
        builder.ApplyConfiguration(new ReceivableConfiguration());
        builder.ApplyConfiguration(new ContactLogConfiguration());
        builder.ApplyConfiguration(new PlannedContactConfiguration());
        builder.ApplyConfiguration(new CareRecordConfiguration());
        builder.ApplyConfiguration(new LostReasonConfiguration());
        builder.ApplyConfiguration(new OnboardingNoticeConfiguration());
        builder.ApplyConfiguration(new DataUpgradeConfiguration());
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ProtectedModelCacheKeyFactory>();
    }

    /// <summary>Until no tracked aggregate has events left: a handler's change may itself be a cause (a signing regrades a customer).</summary>
    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            var pending = ChangeTracker.Entries<AggregateRoot>().Where(e => e.Entity.HasDomainEvents).Select(e => e.Entity).ToList();
            if (pending.Count == 0)
            {
                return;
            }

            if (round == MaxEventRounds)
            {
                throw new InvalidOperationException($"Domain events still raised after {MaxEventRounds} rounds of handlers: a handler loop.");
            }

            foreach (var domainEvent in pending.SelectMany(a => a.TakeDomainEvents()))
            {
                await _events.DispatchAsync(domainEvent, this, cancellationToken);
            }
        }
    }

    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (Actor is null && changed.Exists(AuditTrail.IsBusinessRecord))
        {
            throw new InvalidOperationException("Set CrmDbContext.Actor before saving business records: every change is audited (SEC-2).");
        }

        var keys = new ContactMatchKeys(_protector);
        foreach (var entry in changed)
        {
            if (entry.Entity is Contact contact && entry.State != EntityState.Deleted)
            {
                entry.Property(ContactConfiguration.PhoneHash).CurrentValue = contact.Phone is null ? null : keys.PhoneHash(contact.Phone);
                entry.Property(ContactConfiguration.EmailHash).CurrentValue = contact.Email is null ? null : keys.EmailHash(contact.Email);
            }

            RenewVersion(entry.Entity is Contact child ? ChangeTracker.Entries<Customer>().FirstOrDefault(c => c.Entity.Id == child.CustomerId) : entry);
        }

        AuditEntries.AddRange(AuditTrail.Collect(ChangeTracker, Actor ?? AuditActor.System, _time.GetUtcNow()).ToList());
    }

    private static void RenewVersion(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry? entry)
    {
        if (entry?.Entity is AggregateRoot && entry.State is EntityState.Modified or EntityState.Unchanged)
        {
            var version = entry.Property(nameof(AggregateRoot.Version));
            if (Equals(version.CurrentValue, version.OriginalValue))
            {
                version.CurrentValue = Guid.NewGuid();
            }
        }
    }
}
