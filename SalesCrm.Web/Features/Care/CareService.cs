using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Care;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;

namespace SalesCrm.Web.Features.Care;

/// <summary>
/// CUS-4 customer care (002 §5.4), over the customers the user reads (SEC-1): contacts' birthdays and holidays a few
/// days ahead (<see cref="CareReminders"/>), the important customers (<see cref="CareOptions.Tiers"/>) with no care
/// record for <see cref="CareOptions.WithoutCareDays"/> days, and recording what was done. Who may change a customer's
/// file (<see cref="CustomerAccess.CanEditProfile"/>) records care for it.
/// </summary>
public sealed class CareService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<CareOptions> options,
    ILogger<CareService> logger)
{
    public CareOptions Settings => options.Value;

    public async Task<CareReminderList> RemindersAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var today = calendar.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = Customers(db, user);
        var contacts = await db.Contacts.AsNoTracking().Where(k => k.Birthday != null && readable.Any(c => c.Id == k.CustomerId)).ToListAsync(cancellationToken);
        var birthdays = CareReminders.Birthdays(contacts, today, Settings.ReminderDays);
        var ids = birthdays.Select(b => b.CustomerId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var titles = contacts.ToDictionary(k => k.Id, k => k.Title);
        return new CareReminderList(
            Settings.ReminderDays,
            birthdays.Select(b => new BirthdayRow(b.CustomerId, names.GetValueOrDefault(b.CustomerId, string.Empty), b.Name, titles.GetValueOrDefault(b.ContactId), b.On, b.DaysAway)).ToList(),
            CareReminders.Holidays(today, Settings.ReminderDays));
    }

    /// <summary>The important customers with no care record in the last <see cref="CareOptions.WithoutCareDays"/> days, longest without care first.</summary>
    public async Task<PagedResult<CareDueRow>> DueAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        var cutoff = time.GetUtcNow().AddDays(-Settings.WithoutCareDays);
        var tiers = Settings.Tiers.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // The effective grade is the better of computed and override, which SQL cannot see; the candidates are few.
        var candidates = await Customers(db, user)
            .Where(c => c.Status != CustomerStatus.Lost && (tiers.Contains(c.ComputedTier) || (c.TierOverride != null && tiers.Contains(c.TierOverride.Value))))
            .Where(c => !db.CareRecords.Any(r => r.CustomerId == c.Id && r.At > cutoff))
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.ComputedTier,
                c.TierOverride,
                Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                AccountManager = db.Users.Where(u => u.Id == c.AccountManagerId).Select(u => u.DisplayName).FirstOrDefault(),
                Last = db.CareRecords.Where(r => r.CustomerId == c.Id).OrderByDescending(r => r.At).Select(r => new { r.At, r.Action }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var due = candidates
            .Select(c => new CareDueRow(
                c.Id, c.Name, c.TierOverride is { } set && set < c.ComputedTier ? set : c.ComputedTier, c.Owner, c.AccountManager, c.Last?.At, c.Last?.Action))
            .Where(c => tiers.Contains(c.Tier))
            .OrderBy(c => c.LastCareAt ?? DateTimeOffset.MinValue).ThenBy(c => c.Customer, StringComparer.Ordinal)
            .ToList();
        return new PagedResult<CareDueRow>(due.Skip(request.Skip).Take(request.Take).ToList(), due.Count);
    }

    /// <summary>The care recorded for the customers the user reads, newest first.</summary>
    public async Task<PagedResult<CareRecordRow>> RecentAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = Customers(db, user);
        var records = db.CareRecords.AsNoTracking().Where(r => readable.Any(c => c.Id == r.CustomerId));
        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderByDescending(r => r.At).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take)
            .Select(r => new CareRecordRow(
                r.At, r.CustomerId, db.Customers.Where(c => c.Id == r.CustomerId).Select(c => c.Name).First(), r.Action, r.Note,
                db.Users.Where(u => u.Id == r.ById).Select(u => u.DisplayName).First()))
            .ToListAsync(cancellationToken);
        return new PagedResult<CareRecordRow>(items, total);
    }

    /// <summary>CUS-4: records a call, gift, invitation or recommendation for the customer at the server's clock.</summary>
    public async Task<IReadOnlyList<ValidationError>> RecordAsync(Guid customerId, CareAction? action, string? note, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        return await CustomerMoves.TryAsync(dbFactory, user, customerId, "record care for", CustomerAccess.CanEditProfile, (db, customer) =>
        {
            db.CareRecords.Add(CareRecord.Record(customer.Id, action ?? 0, note, user.Id, time.GetUtcNow()));
            logger.CareRecorded(customer.Id, user.Id);
            return Task.CompletedTask;
        }, logger, cancellationToken);
    }

    private static IQueryable<Customer> Customers(CrmDbContext db, CurrentUser user) =>
        db.Customers.Where(CustomerAccess.Readable(user)).Where(c => c.Lead == null || c.Lead == LeadStatus.Converted);
}
