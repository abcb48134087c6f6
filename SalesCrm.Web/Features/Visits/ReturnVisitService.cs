using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Notifications;

namespace SalesCrm.Web.Features.Visits;

/// <summary>
/// VIS-4: while a customer has a contract in execution it gets a return visit every calendar month, counted from the
/// earliest such contract's signing (<see cref="ReturnVisits"/>). <see cref="PlanDueAsync"/> puts the month's return visit
/// on the account manager's agenda (the owner's when there is none), once: not while one is planned and open, not when
/// this month's was logged. Logging it records the customer's satisfaction score (required for a return visit).
/// </summary>
public sealed class ReturnVisitService(
    IDbContextFactory<CrmDbContext> dbFactory, TimeProvider time, CompanyCalendar calendar, ILogger<ReturnVisitService> logger)
{
    /// <summary>What the planned contact says, in both languages, as the demo's records do.</summary>
    public const string PlanText = "月度回访：了解合同执行满意度 Monthly return visit: satisfaction with the contract in execution";

    private static readonly AuditActor Policy = new(null, "VIS-4 return visits");

    public async Task<int> PlanDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = calendar.DayOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = Policy;
        var candidates = await db.Contracts.AsNoTracking()
            .Where(c => c.Status == ContractStatus.InExecution && c.SignedAt != null)
            .GroupBy(c => c.CustomerId)
            .Select(g => new { CustomerId = g.Key, SignedAt = g.Min(c => c.SignedAt) })
            .Where(c => !db.PlannedContacts.Any(p => p.CustomerId == c.CustomerId && p.Purpose == ContactPurpose.ReturnVisit && p.Status == PlannedContactStatus.Open))
            .Join(db.Customers.Where(k => k.PooledAt == null), c => c.CustomerId, k => k.Id, (c, k) => new
            {
                c.CustomerId,
                c.SignedAt,
                k.Name,
                Assignee = k.AccountManagerId ?? k.OwnerId,
                LastVisit = db.ContactLogs.Where(l => l.CustomerId == c.CustomerId && l.Purpose == ContactPurpose.ReturnVisit)
                    .OrderByDescending(l => l.OccurredAt).Select(l => (DateTimeOffset?)l.OccurredAt).FirstOrDefault(),
            })
            .Take(1000)
            .ToListAsync(cancellationToken);

        var planned = new List<Notification>();
        foreach (var candidate in candidates)
        {
            var signedOn = calendar.DayOf(candidate.SignedAt!.Value);
            var last = candidate.LastVisit is { } at ? calendar.DayOf(at) : (DateOnly?)null;
            if (!ReturnVisits.IsDue(signedOn, last, today))
            {
                continue;
            }

            // A missed month is owed now; this month's is due by the month's end.
            var due = ReturnVisits.NextDue(signedOn, last);
            var plan = PlannedContact.Plan(
                candidate.CustomerId, candidate.Assignee, due < today ? today : due, Priority.Normal, PlanText, ContactPurpose.ReturnVisit, candidate.Assignee, now, calendar);
            db.PlannedContacts.Add(plan);
            planned.Add(Notification.For(candidate.Assignee, NotificationKind.ReturnVisitPlanned, candidate.Name, null, "/agenda", now));
        }

        db.Notifications.AddRange(planned);
        await db.SaveChangesAsync(cancellationToken);
        logger.ReturnVisitsPlanned(planned.Count);
        return planned.Count;
    }
}
