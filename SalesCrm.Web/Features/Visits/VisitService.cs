using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Visits;

/// <summary>
/// VIS-1/VIS-2: the contacts logged with a customer. A record is reached through its customer (<see cref="VisitAccess"/>):
/// one the user may not read is "not found". The server stamps when a record is entered, marks late entries with
/// <see cref="VisitOptions.LateEntryHours"/>, and the domain keeps the 24-hour lock and the versions. Logging a contact
/// counts as contact with the customer (OWN-6) in the same save, and may complete a planned contact (VIS-3).
/// </summary>
public sealed class VisitService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    IOptions<VisitOptions> options,
    ILogger<VisitService> logger)
{
    private static readonly ValidationError NotFound = new(string.Empty, "Visit.NotFound", "This contact record does not exist, or you have no access to it.");
    private static readonly ValidationError CustomerNotFound = new(string.Empty, "Customer.NotFound", "This customer does not exist, or you have no access to it.");
    private static readonly ValidationError PlanNotFound = new(string.Empty, "Plan.NotFound", "This planned contact does not exist, or you have no access to it.");
    private static readonly ValidationError ChangedMeanwhile = new(string.Empty, "Visit.ChangedMeanwhile", "Someone changed this record a moment ago. Reload and try again.");
    private static readonly ValidationError TimeRequired = new(nameof(ContactLog.OccurredAt), "Visit.OccurredAtRequired", "Say when the contact took place.");
    private static readonly ValidationError FulfilsPlan = new(string.Empty, "Visit.FulfilsPlan", "This contact completed a planned contact, so it stays; correct it instead.");

    public VisitOptions Settings => options.Value;

    /// <summary>CUS-2: the customer's contacts, newest first, or null when the user may not read the customer.</summary>
    public async Task<PagedResult<VisitRow>?> ForCustomerAsync(Guid customerId, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        var query = db.ContactLogs.AsNoTracking().Where(l => l.CustomerId == customerId);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(l => l.OccurredAt).ThenByDescending(l => l.EnteredAt).ThenBy(l => l.Id)
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var people = await NamesAsync(db, page.Select(l => l.AuthorId), cancellationToken);
        return new PagedResult<VisitRow>(page.Select(l => Row(l, people, user, now)).ToList(), total);
    }

    /// <summary>Whether the user may log contacts with this customer (those who may edit its profile).</summary>
    public async Task<bool> CanLogAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        return customer is not null && CustomerAccess.CanEditProfile(user, customer);
    }

    /// <summary>VIS-2: one record with the versions its later edits replaced, newest first.</summary>
    public async Task<VisitView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.ContactLogs.AsNoTracking()
            .Where(l => l.Id == id)
            .Select(l => new { Log = l, Customer = db.Customers.Where(CustomerAccess.Readable(user)).Where(c => c.Id == l.CustomerId).Select(c => c.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found?.Customer is null)
        {
            return null;
        }

        var people = await NamesAsync(db, found.Log.Versions.Select(v => v.ReplacedById).Append(found.Log.AuthorId), cancellationToken);
        var versions = found.Log.Versions.Reverse().Select(v => new VisitVersionRow(v, people.GetValueOrDefault(v.ReplacedById, string.Empty))).ToList();
        return new VisitView(Row(found.Log, people, user, now), found.Customer, versions);
    }

    /// <summary>
    /// VIS-1: logs a contact with a customer the user may edit; OWN-6: it counts as contact with the customer. With
    /// <paramref name="plannedContactId"/>, VIS-3: the same save completes that planned contact.
    /// </summary>
    public async Task<VisitSaveResult> LogAsync(VisitForm form, Guid? plannedContactId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customer = await db.Customers.Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == form.CustomerId, cancellationToken);
        if (customer is null)
        {
            return new VisitSaveResult(null, [CustomerNotFound]);
        }

        if (!CustomerAccess.CanEditProfile(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, "log a contact with", $"customer {customer.Id}");
            throw new AccessDeniedException("Your role may not log contacts with this customer.");
        }

        PlannedContact? plan = null;
        if (plannedContactId is { } planId)
        {
            plan = await db.PlannedContacts.FirstOrDefaultAsync(p => p.Id == planId && p.CustomerId == customer.Id, cancellationToken);
            if (plan is null || !VisitAccess.CanChangePlan(user, plan))
            {
                return new VisitSaveResult(null, [PlanNotFound]);
            }
        }

        var now = time.GetUtcNow();
        ContactLog? record = null;
        var errors = await WithTimeRequired(form, () => DomainMoves.TryAsync(
            async () =>
            {
                record = ContactLog.Log(
                    customer.Id, form.Kind ?? 0, form.Purpose ?? 0, form.OccurredAt ?? now, form.Participants, form.Notes, form.Outcome, form.NextStep,
                    form.SatisfactionScore, user.Id, now, Settings.LateAfter);
                plan?.Complete(record, now);
                if (form.OccurredAt is null)
                {
                    return;
                }

                customer.RecordContact(record.OccurredAt);
                db.ContactLogs.Add(record);
                if (record.HasLowScore)
                {
                    await TellOfLowScoreAsync(db, customer, user, now, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile));
        if (errors.Count > 0)
        {
            return new VisitSaveResult(null, errors);
        }

        logger.ContactLogged(record!.Id, customer.Id, user.Id, record.IsLateEntry);
        return new VisitSaveResult(record.Id, []);
    }

    /// <summary>VIS-2: the author corrects a record; after 24 hours the domain keeps the previous version.</summary>
    public async Task<IReadOnlyList<ValidationError>> EditAsync(Guid id, VisitForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var found = await FindAsync(db, user, id, cancellationToken);
        if (found is null)
        {
            return [NotFound];
        }

        var (record, customer) = found.Value;
        var now = time.GetUtcNow();
        var errors = await WithTimeRequired(form, () => DomainMoves.TryAsync(
            async () =>
            {
                record.Edit(
                    form.Kind ?? 0, form.Purpose ?? 0, form.OccurredAt ?? record.OccurredAt, form.Participants, form.Notes, form.Outcome, form.NextStep,
                    form.SatisfactionScore, user.Id, now, Settings.LateAfter);
                if (form.OccurredAt is null)
                {
                    return;
                }

                customer.RecordContact(record.OccurredAt);
                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile));
        if (errors.Count == 0)
        {
            logger.ContactChanged(id, "edited", user.Id);
        }

        return errors;
    }

    /// <summary>VIS-2: the author deletes a record within 24 hours of entering it; later it stays and is corrected instead.</summary>
    public async Task<IReadOnlyList<ValidationError>> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var found = await FindAsync(db, user, id, cancellationToken);
        if (found is null)
        {
            return [NotFound];
        }

        var record = found.Value.Record;
        var now = time.GetUtcNow();
        var errors = await DomainMoves.TryAsync(
            async () =>
            {
                record.EnsureDeletable(user.Id, now);
                if (await db.PlannedContacts.AnyAsync(p => p.ContactLogId == record.Id, cancellationToken))
                {
                    throw new DomainException(FulfilsPlan.Code, FulfilsPlan.Message);
                }

                db.ContactLogs.Remove(record);
                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile);
        if (errors.Count == 0)
        {
            logger.ContactChanged(id, "deleted", user.Id);
        }

        return errors;
    }

    /// <summary>
    /// VIS-2: records entered long after the contact they claim, newest entry first, for the managers who answer for the
    /// customers' region (the director: all regions).
    /// </summary>
    public async Task<PagedResult<LateEntryRow>> LateEntriesAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        var scope = VisitAccess.LateEntryScope(user.Role);
        if (scope == AccessScope.None)
        {
            logger.AccessDenied(user.Id, user.Role, "list", "late contact entries");
            throw new AccessDeniedException("Late entries are shown to the managers.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var region = user.RegionId;
        var customers = scope == AccessScope.All ? db.Customers : db.Customers.Where(c => c.RegionId == region);
        var query = db.ContactLogs.AsNoTracking().Where(l => l.IsLateEntry && customers.Any(c => c.Id == l.CustomerId));
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(l => l.EnteredAt).ThenBy(l => l.Id).Skip(request.Skip).Take(request.Take)
            .Select(l => new LateEntryRow(
                l.Id, l.CustomerId, db.Customers.Where(c => c.Id == l.CustomerId).Select(c => c.Name).First(),
                db.Users.Where(u => u.Id == l.AuthorId).Select(u => u.DisplayName).First(), l.Kind, l.OccurredAt, l.EnteredAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<LateEntryRow>(page, total);
    }

    /// <summary>
    /// VIS-4 (003 §8.3.8): a low return-visit score goes to the account manager's manager — the region's sales manager —
    /// and to the head of the department that answers for the customer's satisfaction, the region's service manager.
    /// </summary>
    private static async Task TellOfLowScoreAsync(CrmDbContext db, Customer customer, CurrentUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var managers = await Audiences.RegionHeadsAsync(db, customer.RegionId, user.Id, cancellationToken);
        var serviceHeads = await db.Users.IdsAsync(Audiences.ServiceManagersOf(customer.RegionId), cancellationToken);
        var recipients = managers.Concat(serviceHeads).Where(id => id != user.Id).Distinct().ToList();
        db.Notifications.AddRange(recipients.Select(id =>
            Domain.Notifications.Notification.For(id, Domain.Notifications.NotificationKind.LowReturnVisitScore, customer.Name, user.Name, $"/customers/{customer.Id}", now)));
    }

    private static async Task<(ContactLog Record, Customer Customer)?> FindAsync(CrmDbContext db, CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var record = await db.ContactLogs.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var customer = await db.Customers.Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == record.CustomerId, cancellationToken);
        return customer is null ? null : (record, customer);
    }

    /// <summary>A missing time is reported beside the domain's own messages, so the user sees every field to fix at once.</summary>
    private static async Task<IReadOnlyList<ValidationError>> WithTimeRequired(VisitForm form, Func<Task<IReadOnlyList<ValidationError>>> move)
    {
        var errors = await move();
        return form.OccurredAt is null ? [TimeRequired, .. errors.Where(e => e.Field != TimeRequired.Field)] : errors;
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(CrmDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static VisitRow Row(ContactLog l, Dictionary<Guid, string> people, CurrentUser user, DateTimeOffset now) =>
        new(l.Id, l.CustomerId, l.Kind, l.Purpose, l.OccurredAt, l.EnteredAt, people.GetValueOrDefault(l.AuthorId, string.Empty), l.Participants, l.Notes,
            l.Outcome, l.NextStep, l.SatisfactionScore, l.IsLateEntry, l.LastEditedAt, l.Versions.Count, l.AuthorId == user.Id, l.CanDelete(user.Id, now));
}
