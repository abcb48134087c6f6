using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Visits;

/// <summary>
/// VIS-3: the follow-up plan. A user plans contacts with customers they read, for themselves (a manager: for someone of
/// the customer's region); "Today" and "This week" show the signed-in user's open contacts in <see cref="Agenda"/>'s
/// order, overdue first. VIS-5: visits the customer asked for are listed until done and cannot be cancelled (the domain
/// refuses it). Completing a planned contact is logging it: <see cref="VisitService.LogAsync"/>.
/// </summary>
public sealed class AgendaService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    ILogger<AgendaService> logger)
{
    /// <summary>One person's open contacts up to Sunday stay well below this; the cap keeps a runaway plan out of the circuit.</summary>
    private const int AgendaCap = 500;

    private static readonly ValidationError NotFound = new(string.Empty, "Plan.NotFound", "This planned contact does not exist, or you have no access to it.");
    private static readonly ValidationError CustomerNotFound = new(string.Empty, "Customer.NotFound", "This customer does not exist, or you have no access to it.");
    private static readonly ValidationError ChangedMeanwhile = new(string.Empty, "Plan.ChangedMeanwhile", "Someone changed this planned contact a moment ago. Reload and try again.");
    private static readonly ValidationError DueOnRequired = new(nameof(PlannedContact.DueOn), "Plan.DueOnRequired", "Choose the day of the contact.");
    private static readonly ValidationError AssigneeInvalid = new(nameof(PlannedContact.AssigneeId), "Plan.AssigneeInvalid", "Choose someone of the customer's region from the list.");

    /// <summary>VIS-3: the signed-in user's open contacts due today (or this week), overdue ones first, then by day and priority.</summary>
    public async Task<PagedResult<AgendaRow>> AgendaAsync(AgendaView view, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        var today = Today();
        var until = view == AgendaView.Today ? today : Agenda.WeekOf(today).Sunday;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = db.Customers.Where(CustomerAccess.Readable(user));
        var open = await db.PlannedContacts.AsNoTracking()
            .Where(p => p.AssigneeId == user.Id && p.Status == PlannedContactStatus.Open && p.DueOn <= until && readable.Any(c => c.Id == p.CustomerId))
            .OrderBy(p => p.DueOn).Take(AgendaCap).ToListAsync(cancellationToken);
        var ordered = view == AgendaView.Today ? Agenda.Today(open, today) : Agenda.ThisWeek(open, today);
        var page = ordered.Skip(request.Skip).Take(request.Take).ToList();
        return new PagedResult<AgendaRow>(await RowsAsync(db, page, today, cancellationToken), ordered.Count);
    }

    /// <summary>VIS-5: open visits customers asked for, of the customers the user reads, the earliest first.</summary>
    public async Task<PagedResult<AgendaRow>> RequestedVisitsAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = db.Customers.Where(CustomerAccess.Readable(user));
        var query = db.PlannedContacts.AsNoTracking()
            .Where(p => p.Purpose == ContactPurpose.RequestedVisit && p.Status == PlannedContactStatus.Open && readable.Any(c => c.Id == p.CustomerId));
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(p => p.DueOn).ThenBy(p => p.Id).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<AgendaRow>(await RowsAsync(db, page, Today(), cancellationToken), total);
    }

    /// <summary>VIS-3: a customer's open planned contacts in agenda order, or null when the user may not read the customer.</summary>
    public async Task<IReadOnlyList<AgendaRow>?> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var today = Today();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        var open = await db.PlannedContacts.AsNoTracking().Where(p => p.CustomerId == customerId && p.Status == PlannedContactStatus.Open)
            .OrderBy(p => p.DueOn).Take(50).ToListAsync(cancellationToken);
        return await RowsAsync(db, Agenda.Order(open, today), today, cancellationToken);
    }

    public async Task<AgendaRow?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = db.Customers.Where(CustomerAccess.Readable(user));
        var plan = await db.PlannedContacts.AsNoTracking().Where(p => p.Id == id && readable.Any(c => c.Id == p.CustomerId)).FirstOrDefaultAsync(cancellationToken);
        return plan is null ? null : (await RowsAsync(db, [plan], Today(), cancellationToken))[0];
    }

    /// <summary>Who the user may give a contact with this customer to: themselves, and for a manager the sales staff of the customer's region.</summary>
    public async Task<IReadOnlyList<AssigneeChoice>> AssigneesAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var region = await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).Where(c => c.Id == customerId)
            .Select(c => (Guid?)c.RegionId).FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return [];
        }

        if (!VisitAccess.CanPlanForOthers(user.Role))
        {
            return [new AssigneeChoice(user.Id, user.Name, user.Role)];
        }

        var people = await db.Users.AsNoTracking()
            .Where(Audiences.AssigneesIn(region.Value))
            .OrderBy(u => u.DisplayName).Select(u => new AssigneeChoice(u.Id, u.DisplayName, u.Role)).ToListAsync(cancellationToken);
        return people.Any(p => p.Id == user.Id) ? people : [new AssigneeChoice(user.Id, user.Name, user.Role), .. people];
    }

    /// <summary>VIS-3: plans the next contact with a customer the user may edit.</summary>
    public async Task<VisitSaveResult> PlanAsync(PlanForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == form.CustomerId, cancellationToken);
        if (customer is null)
        {
            return new VisitSaveResult(null, [CustomerNotFound]);
        }

        if (!CustomerAccess.CanEditProfile(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, "plan a contact with", $"customer {customer.Id}");
            throw new AccessDeniedException("Your role may not plan contacts with this customer.");
        }

        var assigneeId = form.AssigneeId ?? user.Id;
        if (assigneeId != user.Id)
        {
            var assignee = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == assigneeId && !u.IsDisabled, cancellationToken);
            if (!VisitAccess.CanPlanForOthers(user.Role) || assignee is null || !VisitAccess.CanBeAssigned(assignee.Role) || assignee.RegionId != customer.RegionId)
            {
                return new VisitSaveResult(null, [AssigneeInvalid]);
            }
        }

        var now = time.GetUtcNow();
        PlannedContact? plan = null;
        var errors = await DomainMoves.TryAsync(
            async () =>
            {
                plan = PlannedContact.Plan(customer.Id, assigneeId, form.DueOn ?? Today(), form.Priority ?? 0, form.PurposeText, form.Purpose ?? 0, user.Id, now, calendar);
                if (form.DueOn is null)
                {
                    return;
                }

                db.PlannedContacts.Add(plan);
                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile);
        if (form.DueOn is null)
        {
            errors = [DueOnRequired, .. errors.Where(e => e.Field != DueOnRequired.Field)];
        }

        if (errors.Count > 0)
        {
            return new VisitSaveResult(null, errors);
        }

        logger.PlanChanged(plan!.Id, "planned", user.Id);
        return new VisitSaveResult(plan.Id, []);
    }

    /// <summary>VIS-3/VIS-5: the contact moves to another day (a requested visit too: moved, never dropped).</summary>
    public Task<IReadOnlyList<ValidationError>> RescheduleAsync(Guid id, DateOnly? dueOn, CancellationToken cancellationToken = default) =>
        dueOn is { } day
            ? ChangeAsync(id, "rescheduled", (plan, now) => plan.Reschedule(day, now, calendar), cancellationToken)
            : Task.FromResult<IReadOnlyList<ValidationError>>([DueOnRequired]);

    /// <summary>VIS-3: the contact is no longer needed. VIS-5: the domain refuses this for a visit the customer asked for.</summary>
    public Task<IReadOnlyList<ValidationError>> CancelAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "cancelled", (plan, now) => plan.Cancel(now), cancellationToken);

    private async Task<IReadOnlyList<ValidationError>> ChangeAsync(Guid id, string action, Action<PlannedContact, DateTimeOffset> move, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var readable = db.Customers.Where(CustomerAccess.Readable(user));
        var plan = await db.PlannedContacts.Where(p => p.Id == id && readable.Any(c => c.Id == p.CustomerId)).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return [NotFound];
        }

        if (!VisitAccess.CanChangePlan(user, plan))
        {
            logger.AccessDenied(user.Id, user.Role, action, $"planned contact {id}");
            throw new AccessDeniedException("Only the person it is planned for, who planned it, or a manager changes a planned contact.");
        }

        var errors = await DomainMoves.TryAsync(
            async () =>
            {
                move(plan, time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile);
        if (errors.Count == 0)
        {
            logger.PlanChanged(id, action, user.Id);
        }

        return errors;
    }

    private DateOnly Today() => calendar.Today(time);

    private static async Task<IReadOnlyList<AgendaRow>> RowsAsync(CrmDbContext db, IReadOnlyList<PlannedContact> plans, DateOnly today, CancellationToken cancellationToken)
    {
        var customerIds = plans.Select(p => p.CustomerId).Distinct().ToList();
        var userIds = plans.Select(p => p.AssigneeId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return plans.Select(p => new AgendaRow(
            p.Id, p.CustomerId, customers.GetValueOrDefault(p.CustomerId, string.Empty), p.DueOn, p.Priority, p.Purpose, p.PurposeText,
            people.GetValueOrDefault(p.AssigneeId, string.Empty), p.IsOverdue(today))).ToList();
    }
}
