using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Localization;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Configurations;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Ownership;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// Everything pages do with customers. Each call opens its own context, reads the signed-in user and applies
/// <see cref="CustomerAccess"/> (SEC-1) itself: a record the user may not see is reported as not found.
/// </summary>
public sealed class CustomerService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    ContactMatchKeys matchKeys,
    TimeProvider time,
    CompanyCalendar calendar,
    NameKeyIndex nameIndex,
    Texts texts,
    ILogger<CustomerService> logger)
{
    private const int MaxPossibleDuplicates = 5;

    /// <summary>The customers the user may read, a page at a time; <paramref name="grade"/> keeps those of that effective grade (TIER-1).</summary>
    public async Task<PagedResult<CustomerRow>> ListAsync(PageRequest request, Tier? grade = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).Where(c => c.Lead == null || c.Lead == LeadStatus.Converted);
        if (grade is { } only)
        {
            customers = customers.Where(Tiers.ATier.Graded(only));
        }

        var query = await CustomerSearch.ApplyAsync(db, matchKeys, customers, request.Search, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var sorted = (request.SortBy, request.Descending) switch
        {
            ("FirstContactAt", false) => query.OrderBy(c => c.FirstContactAt).ThenBy(c => c.Id),
            ("FirstContactAt", true) => query.OrderByDescending(c => c.FirstContactAt).ThenBy(c => c.Id),
            ("Industry", false) => query.OrderBy(c => c.Industry).ThenBy(c => c.Name),
            ("Industry", true) => query.OrderByDescending(c => c.Industry).ThenBy(c => c.Name),
            ("Status", false) => query.OrderBy(c => c.Status).ThenBy(c => c.Name),
            ("Status", true) => query.OrderByDescending(c => c.Status).ThenBy(c => c.Name),
            (_, true) => query.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
            _ => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
        };
        var items = await sorted.Skip(request.Skip).Take(request.Take)
            .Select(c => new CustomerRow(
                c.Id,
                c.Name,
                c.Industry,
                c.Status,
                db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                c.FirstContactAt,
                c.Contacts.Count,
                c.ComputedTier == Tier.A || c.TierOverride == Tier.A ? Tier.A : c.ComputedTier == Tier.B || c.TierOverride == Tier.B ? Tier.B : Tier.C))
            .ToListAsync(cancellationToken);
        return new PagedResult<CustomerRow>(items, total);
    }

    public async Task<CustomerView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await FindReadableAsync(db, user, id, tracked: false, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var names = await UserNamesAsync(db, [customer.OwnerId, customer.AccountManagerId ?? Guid.Empty], cancellationToken);
        var region = await db.Regions.Where(r => r.Id == customer.RegionId).Select(r => r.Name).FirstAsync(cancellationToken);
        return new CustomerView(
            CustomerFormModel.From(customer),
            region,
            names.GetValueOrDefault(customer.OwnerId, string.Empty),
            customer.AccountManagerId is { } am ? names.GetValueOrDefault(am) : null,
            customer.FirstContactAt,
            CustomerAccess.CanEditProfile(user, customer),
            CustomerAccess.CanEditTerms(user, customer),
            CustomerAccess.CanTransfer(user, customer))
        {
            Standing = await Tiers.TierService.StandingAsync(db, user, customer, time.GetUtcNow(), calendar, cancellationToken),
        };
    }

    /// <summary>Who the signed-in user may make owner of a new customer: themselves, or for managers the sales staff they lead.</summary>
    public async Task<IReadOnlyList<OwnerOption>> OwnerOptionsAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && CustomerAccess.OwnerRoles.Contains(u.Role))
            .Join(db.Regions, u => u.RegionId, r => r.Id, (u, r) => new { u.Id, u.DisplayName, u.Role, u.RegionId, Region = r.Name })
            .OrderBy(u => u.DisplayName)
            .ToListAsync(cancellationToken);
        return candidates
            .Where(u => CustomerAccess.CanAssignOwner(user, u.Id, u.Role, u.RegionId))
            .Select(u => new OwnerOption(u.Id, u.DisplayName, u.Role, u.Region))
            .ToList();
    }

    public Task<CustomerSaveResult> CreateAsync(CustomerFormModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ClaimAsync(model, (owner, region, now) => Customer.Register(model.ToProfile(), model.ToTerms(), model.ToContacts(), owner, region, now, calendar), cancellationToken, onboard: true);
    }

    /// <summary>
    /// LEAD-1: registers a lead, which claims the company exactly as registering a customer does (OWN-1..4). Field
    /// errors name the lead form's fields (<c>CompanyName</c>, <c>Contact.Phone</c>, ...).
    /// </summary>
    public async Task<CustomerSaveResult> RegisterLeadAsync(Leads.LeadFormModel lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var result = await ClaimAsync(
            lead.ToCustomerForm(), (owner, region, now) => Customer.RegisterLead(lead.ToProfile(), lead.ToContact(), owner, region, now, calendar), cancellationToken);
        return result.Errors is null ? result : result with { Errors = result.Errors.Select(e => e with { Field = Leads.LeadFormModel.FieldOf(e.Field) }).ToList() };
    }

    /// <summary>
    /// OWN-1/3/4: the one way a company comes to an owner. Refused when the data matches an owned customer or lead
    /// (recorded as a collision); when two claims race, the database's unique keys let exactly one in.
    /// </summary>
    /// <param name="onboard">CUS-5: a new customer (not a lead) raises its onboarding notice in the same save.</param>
    private async Task<CustomerSaveResult> ClaimAsync(
        CustomerFormModel model, Func<Guid, Guid, DateTimeOffset, Customer> register, CancellationToken cancellationToken, bool onboard = false)
    {
        var user = await currentUser.RequireAsync();
        if (!CustomerAccess.CanCreate(user))
        {
            logger.AccessDenied(user.Id, user.Role, "create", "a customer");
            throw new AccessDeniedException("Your role cannot register customers.");
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var ownerId = model.OwnerId ?? user.Id;
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == ownerId && !u.IsDisabled)
            .Select(u => new { u.Id, u.Role, u.RegionId }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !CustomerAccess.CanAssignOwner(user, owner.Id, owner.Role, owner.RegionId))
        {
            logger.AccessDenied(user.Id, user.Role, "assign owner", $"user {ownerId}");
            return CustomerSaveResult.Invalid(nameof(CustomerFormModel.OwnerId), "Customer.OwnerNotAllowed", "You cannot make this person the owner.");
        }

        Customer customer;
        try
        {
            // OWN-1: the first-contact time is the server's clock now; the form has no field for it.
            customer = register(owner.Id, owner.RegionId, time.GetUtcNow());
        }
        catch (DomainException e)
        {
            return Refused(e);
        }

        // OWN-1/OWN-3: an owned customer is never registered twice; the first contact keeps it.
        var matches = await MatchesAsync(db, model, cancellationToken);
        if (matches.Count > 0)
        {
            return await RefuseClaimAsync(user, model, matches, cancellationToken);
        }

        db.Customers.Add(customer);
        db.OwnershipLedger.Add(OwnershipRecord.FirstContact(customer.Id, owner.Id, user.Id, customer.FirstContactAt));
        if (onboard)
        {
            await OnboardingNotices.RaiseAsync(db, customer, OnboardingReason.NewCustomer, null, user.Id, customer.FirstContactAt, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueKeys.IsViolation(e))
        {
            // OWN-4: someone registered the same customer a moment ago; the unique keys let exactly one of us in.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await RefuseClaimAsync(user, model, await MatchesAsync(fresh, model, cancellationToken), cancellationToken);
        }

        // OWN-2: the next rep typing a name like this one is told at once, without reloading the index.
        nameIndex.Upsert(customer.Id, customer.NameKey);
        logger.CustomerRegistered(customer.Id, user.Id, owner.Id);
        return new CustomerSaveResult(SaveOutcome.Saved, customer.Id);
    }

    /// <summary>
    /// Saves an edit made on the copy with <see cref="CustomerFormModel.Version"/>. If someone saved in between, nothing
    /// is written and their values come back as a conflict; saving again with their version overwrites knowingly.
    /// </summary>
    public async Task<CustomerSaveResult> UpdateAsync(CustomerFormModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customer = model.Id is { } id ? await FindReadableAsync(db, user, id, tracked: true, cancellationToken) : null;
        if (customer is null)
        {
            return CustomerSaveResult.NotFound;
        }

        if (!CustomerAccess.CanEditProfile(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, "edit", $"customer {customer.Id}");
            throw new AccessDeniedException("Your role cannot change this customer.");
        }

        if (customer.Version != model.Version)
        {
            logger.CustomerConflict(customer.Id, user.Id);
            return new CustomerSaveResult(SaveOutcome.Conflict, customer.Id, Theirs: CustomerFormModel.From(customer));
        }

        if (customer.Status == CustomerStatus.Lost && model.Status != CustomerStatus.Lost)
        {
            // CUS-3/CUS-5: a lost customer comes back through "Reactivate", which raises its onboarding notice.
            return CustomerSaveResult.Invalid(nameof(CustomerFormModel.Status), "Customer.ReactivateInstead", "A lost customer comes back with \"Reactivate\" on its page.");
        }

        var terms = model.ToTerms();
        if (terms != customer.Terms && !CustomerAccess.CanEditTerms(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, "change commercial terms of", $"customer {customer.Id}");
            return CustomerSaveResult.Invalid(nameof(CustomerFormModel.Settlement), "Customer.TermsNotAllowed",
                "Only the owner and sales managers may change the settlement method or credit standing.");
        }

        try
        {
            var settledBefore = customer.Settlement;
            customer.UpdateProfile(model.ToProfile(), model.ToContacts(), calendar.Today(time));
            customer.ChangeCommercialTerms(terms);
            if (terms.Settlement != settledBefore)
            {
                // CUS-5: collection and service hear of a changed settlement method, from and to, in the same save.
                await OnboardingNotices.RaiseAsync(db, customer, OnboardingReason.SettlementChanged,
                    OnboardingNotices.SettlementDetail(texts, settledBefore, terms.Settlement), user.Id, time.GetUtcNow(), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            return Refused(e);
        }
        catch (DbUpdateException e) when (UniqueKeys.IsViolation(e))
        {
            // OWN-2: an edit may not turn this customer into another rep's customer (same name, USCC, phone or e-mail).
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var matches = await MatchesAsync(fresh, model, cancellationToken);
            return new CustomerSaveResult(SaveOutcome.Collision, customer.Id, Matches: matches.Select(m => m.ToView(user)).ToList());
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var theirs = await FindReadableAsync(fresh, user, customer.Id, tracked: false, cancellationToken);
            return theirs is null ? CustomerSaveResult.NotFound : new CustomerSaveResult(SaveOutcome.Conflict, customer.Id, Theirs: CustomerFormModel.From(theirs));
        }

        nameIndex.Upsert(customer.Id, customer.NameKey);
        logger.CustomerUpdated(customer.Id, user.Id);
        return new CustomerSaveResult(SaveOutcome.Saved, customer.Id);
    }

    /// <summary>
    /// OWN-2 while the rep types: existing customers (of any owner) that the form's name, USCC, phone numbers or e-mail
    /// addresses match, with only owner, region and first-contact time (OWN-3: no details of someone else's customer).
    /// </summary>
    public async Task<IReadOnlyList<OwnedMatch>> FindOwnedMatchesAsync(CustomerFormModel form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        if (!CustomerAccess.CanCreate(user) && form.Id is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await MatchesAsync(db, form, cancellationToken)).Select(m => m.ToView(user)).ToList();
    }

    /// <summary>
    /// OWN-2's hint while the rep types: existing customers and leads whose name is like the form's but not the same,
    /// best first, at most five; the page shows them under <see cref="FindOwnedMatchesAsync"/>'s matches and saving is
    /// not blocked. A customer the form strongly matches (same name, USCC, phone or e-mail) is left out, being told as
    /// owned already, and so is the customer being edited. The rep's own customers are included (the same company
    /// registered twice); for the others, OWN-3 and SEC-1 allow owner, region and since, and the name only of a
    /// customer the user may read.
    /// </summary>
    /// <remarks>
    /// The names come from <see cref="NameKeyIndex"/>, which is per process and advisory: loaded on the first call and
    /// kept current by this service's saves, so a name saved by another instance of the app, or written to the database
    /// by other means, is found only after a restart. The database's unique keys, not this hint, refuse a duplicate.
    /// </remarks>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindPossibleDuplicatesAsync(CustomerFormModel form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        if ((!CustomerAccess.CanCreate(user) && form.Id is null) || string.IsNullOrWhiteSpace(form.Name))
        {
            return [];
        }

        await nameIndex.EnsureLoadedAsync(dbFactory, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var excluded = (await MatchReasonsAsync(db, form, cancellationToken)).Keys.ToHashSet();
        if (form.Id is { } self)
        {
            excluded.Add(self);
        }

        var ids = nameIndex.FindSimilar(CompanyNameKey.For(form.Name), MaxPossibleDuplicates + excluded.Count)
            .Select(s => s.CustomerId).Where(id => !excluded.Contains(id)).Take(MaxPossibleDuplicates).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var owned = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.OwnerId,
                Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                c.FirstContactAt,
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        // SEC-1/OWN-3: a name, and the page to open, only of a customer the user may read.
        var readable = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(CustomerAccess.Readable(user))
            .Select(c => new { c.Id, c.Name, c.Lead })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Where(owned.ContainsKey).Select(id =>
        {
            var customer = owned[id];
            var shown = readable.GetValueOrDefault(id);
            var link = shown is null ? null : shown.Lead is null or LeadStatus.Converted ? $"/customers/{id}" : $"/leads/{id}";
            return new PossibleDuplicate(shown?.Name, link, customer.Owner, customer.Region, customer.FirstContactAt, customer.OwnerId == user.Id);
        }).ToList();
    }

    /// <summary>Existing customers that share a strong OWN-2 key with the form, with who owns them.</summary>
    private async Task<IReadOnlyList<Claimed>> MatchesAsync(CrmDbContext db, CustomerFormModel form, CancellationToken cancellationToken)
    {
        var reasons = await MatchReasonsAsync(db, form, cancellationToken);
        if (reasons.Count == 0)
        {
            return [];
        }

        var ids = reasons.Keys.ToList();
        var owned = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.OwnerId,
                c.RegionId,
                Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                c.FirstContactAt,
                c.PooledAt,
            })
            .OrderBy(c => c.FirstContactAt)
            .ToListAsync(cancellationToken);
        return owned.Select(h => new Claimed(h.Id, reasons[h.Id], h.OwnerId, h.RegionId, h.Owner, h.Region, h.FirstContactAt, h.PooledAt)).ToList();
    }

    /// <summary>The customers that share a strong OWN-2 key with the form and the key each matched on; each key is looked up through its own index.</summary>
    private async Task<Dictionary<Guid, MatchKind>> MatchReasonsAsync(CrmDbContext db, CustomerFormModel form, CancellationToken cancellationToken)
    {
        var nameKey = string.IsNullOrWhiteSpace(form.Name) ? null : CompanyNameKey.For(form.Name);
        var uscc = !string.IsNullOrWhiteSpace(form.Uscc) && Uscc.Validate(form.Uscc) is null ? Uscc.Parse(form.Uscc) : null;
        var phones = form.Contacts.Select(c => c.Phone is null ? null : matchKeys.PhoneHashOf(c.Phone)).OfType<string>().ToList();
        var emails = form.Contacts.Select(c => c.Email is null ? null : matchKeys.EmailHashOf(c.Email)).OfType<string>().ToList();
        var self = form.Id ?? Guid.Empty;
        var customers = db.Customers.AsNoTracking().Where(c => c.Id != self);
        var contacts = db.Contacts.AsNoTracking().Where(k => k.CustomerId != self);
        var reasons = new Dictionary<Guid, MatchKind>();
        void Add(IEnumerable<Guid> ids, MatchKind reason)
        {
            foreach (var id in ids)
            {
                reasons.TryAdd(id, reason);
            }
        }

        if (!string.IsNullOrEmpty(nameKey))
        {
            Add(await customers.Where(c => c.NameKey == nameKey).Select(c => c.Id).Take(5).ToListAsync(cancellationToken), MatchKind.CompanyName);
        }

        if (uscc is not null)
        {
            Add(await customers.Where(c => c.Uscc == uscc).Select(c => c.Id).Take(5).ToListAsync(cancellationToken), MatchKind.Uscc);
        }

        if (phones.Count > 0)
        {
            Add(await contacts.Where(k => phones.Contains(EF.Property<string>(k, ContactConfiguration.PhoneHash))).Select(k => k.CustomerId).Distinct().Take(5).ToListAsync(cancellationToken), MatchKind.Phone);
        }

        if (emails.Count > 0)
        {
            Add(await contacts.Where(k => emails.Contains(EF.Property<string>(k, ContactConfiguration.EmailHash))).Select(k => k.CustomerId).Distinct().Take(5).ToListAsync(cancellationToken), MatchKind.Email);
        }

        return reasons;
    }

    /// <summary>
    /// OWN-3: records the attempt for the managers and tells the rep only who owns the customer and since when.
    /// A match with the rep's own customer is not a collision: they are told it is theirs; nor is one with a customer
    /// in the shared pool (OWN-6): they are sent to claim it there.
    /// </summary>
    private async Task<CustomerSaveResult> RefuseClaimAsync(CurrentUser user, CustomerFormModel form, IReadOnlyList<Claimed> matches, CancellationToken cancellationToken)
    {
        var views = matches.Select(m => m.ToView(user)).ToList();
        var others = matches.Where(m => m.OwnerId != user.Id && m.PooledAt is null).ToList();
        if (others.Count > 0)
        {
            await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
            var now = time.GetUtcNow();
            db.Collisions.AddRange(others.Select(m =>
                Collision.Record(user.Id, user.RegionId, m.CustomerId, m.OwnerId, m.RegionId, form.Name ?? string.Empty, m.Reason, now)));

            // OWN-3: the owner's manager hears of it (once per attempt, even when several keys matched).
            var ownerRegions = others.Select(m => m.RegionId).ToHashSet();
            var managers = await db.Regions.AsNoTracking().Where(r => ownerRegions.Contains(r.Id) && r.SalesManagerId != null && r.SalesManagerId != user.Id)
                .Select(r => r.SalesManagerId!.Value).Distinct().ToListAsync(cancellationToken);
            var notes = managers.Select(m => Notification.For(m, NotificationKind.Collision, form.Name ?? string.Empty, user.Name, "/ownership/collisions", now)).ToList();
            db.Notifications.AddRange(notes);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var match in others)
            {
                logger.ClaimRefused(user.Id, match.CustomerId, match.OwnerId, match.Reason);
            }
        }

        return new CustomerSaveResult(SaveOutcome.Collision, Matches: views);
    }

    /// <summary>An existing customer a form matched, with what the service needs to record a collision.</summary>
    private sealed record Claimed(Guid CustomerId, MatchKind Reason, Guid OwnerId, Guid RegionId, string Owner, string Region, DateTimeOffset Since, DateTimeOffset? PooledAt)
    {
        public OwnedMatch ToView(CurrentUser user) =>
            PooledAt is { } pooled ? new(Reason, Owner, Region, pooled, IsYours: false, InPool: true) : new(Reason, Owner, Region, Since, OwnerId == user.Id);
    }

    /// <summary>The customer's audit trail (SEC-2), newest first; null when the user may not see the customer.</summary>
    public async Task<PagedResult<HistoryRow>?> HistoryAsync(Guid id, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindReadableAsync(db, user, id, tracked: false, cancellationToken) is null)
        {
            return null;
        }

        var entries = db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Customer) && a.EntityId == id);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(a => a.Id).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var references = page.Where(a => a.Field is nameof(Customer.OwnerId) or nameof(Customer.AccountManagerId) or nameof(Customer.RegionId))
            .SelectMany(a => new[] { a.OldValue, a.NewValue })
            .Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty)
            .ToHashSet();
        var names = await UserNamesAsync(db, references, cancellationToken);
        foreach (var region in await db.Regions.AsNoTracking().Where(r => references.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            names[region.Id] = region.Name;
        }

        string? Resolve(string? value) => Guid.TryParse(value, out var g) && names.TryGetValue(g, out var name) ? name : value;
        return new PagedResult<HistoryRow>(
            page.Select(a => new HistoryRow(a.At, a.ActorName, a.Action, a.Field, a.Subject, Resolve(a.OldValue), Resolve(a.NewValue))).ToList(),
            total);
    }


    private async Task<Customer?> FindReadableAsync(CrmDbContext db, CurrentUser user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Customers.Include(c => c.Contacts).Where(c => c.Id == id);
        var customer = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (customer is not null && !CustomerAccess.CanRead(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, "read", $"customer {id}");
            return null;
        }

        return customer;
    }

    private static async Task<Dictionary<Guid, string>> UserNamesAsync(CrmDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

    private static CustomerSaveResult Refused(DomainException e) =>
        e is DomainValidationException invalid
            ? CustomerSaveResult.Invalid(invalid.Errors)
            : CustomerSaveResult.Invalid(string.Empty, e.Code, e.Message);
}
