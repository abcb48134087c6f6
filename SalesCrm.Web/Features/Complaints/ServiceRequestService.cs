using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>
/// Complaints and service requests (SVC-1..4): logging by customer service, the complaint workflow with the marketing
/// director's approval, the short path for other requests, improvements, and the SLA (first response within
/// <see cref="ServiceOptions.FirstResponseHours"/>, the approved solution's deadline). Access is <see cref="ServiceAccess"/>;
/// a request the user may not read is "not found". Every move is audited (SEC-2) and tells whoever acts next.
/// </summary>
public sealed class ServiceRequestService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<ServiceOptions> options,
    ILogger<ServiceRequestService> logger)
{
    private const int MatterPreviewLength = 120;
    private static readonly ValidationError[] NotFound = [new(string.Empty, "Service.NotFound", "This request does not exist, or you have no access to it.")];
    private static readonly ValidationError ChangedMeanwhile = new(string.Empty, "Service.ChangedMeanwhile", "Someone changed this request a moment ago. Reload and try again.");
    private static readonly AuditActor SlaPolicy = new(null, "SVC-3 SLA check");

    public ServiceOptions Settings => options.Value;

    public async Task<PagedResult<ServiceRequestRow>> ListAsync(
        PageRequest request, ServiceWorklist view, ServiceRequestKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.ServiceRequests.AsNoTracking().Where(ServiceAccess.Readable(user, db.Customers));
        var responseCutoff = now - Settings.FirstResponseWithin;
        var today = calendar.DayOf(now);
        query = view switch
        {
            ServiceWorklist.Open => query.Where(r => r.Status != ServiceRequestStatus.Closed),
            ServiceWorklist.Mine => query.Where(r => r.Status != ServiceRequestStatus.Closed && (r.LoggedById == user.Id || r.InvestigatorId == user.Id)),
            ServiceWorklist.Overdue => query.Where(Overdue(responseCutoff, today)),
            ServiceWorklist.AwaitingApproval => query.Where(r => r.Status == ServiceRequestStatus.SolutionProposed),
            ServiceWorklist.Closed => query.Where(r => r.Status == ServiceRequestStatus.Closed),
            _ => query,
        };
        if (kind is { } wanted)
        {
            query = query.Where(r => r.Kind == wanted);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = LikePattern.Containing(request.Search.Trim());
            query = query.Where(r => EF.Functions.Like(r.Complainant, pattern, LikePattern.Escape)
                || EF.Functions.Like(r.Matter, pattern, LikePattern.Escape)
                || db.Customers.Any(c => c.Id == r.CustomerId && EF.Functions.Like(c.Name, pattern, LikePattern.Escape)));
        }

        var total = await query.CountAsync(cancellationToken);

        // SVC-3: open work oldest first (the first response runs out in that order); closed work newest first.
        var ordered = view == ServiceWorklist.Closed
            ? query.OrderByDescending(r => r.ClosedAt).ThenBy(r => r.Id)
            : query.OrderBy(r => r.FirstRespondedAt != null).ThenBy(r => r.ReceivedAt).ThenBy(r => r.Id);
        var page = await ordered.Skip(request.Skip).Take(request.Take)
            .Select(r => new
            {
                Request = r,
                Customer = db.Customers.Where(c => c.Id == r.CustomerId).Select(c => c.Name).FirstOrDefault(),
                Investigator = db.Users.Where(u => u.Id == r.InvestigatorId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<ServiceRequestRow>(page.Select(p => Row(p.Request, p.Customer, p.Investigator, now)).ToList(), total);
    }

    /// <summary>SVC-4: the requests about one customer the user may read, newest first (the archive's complaints tab).</summary>
    public async Task<IReadOnlyList<ServiceRequestRow>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.ServiceRequests.AsNoTracking().Where(ServiceAccess.Readable(user, db.Customers)).Where(r => r.CustomerId == customerId)
            .OrderByDescending(r => r.ReceivedAt).Take(100)
            .Select(r => new { Request = r, Investigator = db.Users.Where(u => u.Id == r.InvestigatorId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var name = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        return found.Select(f => Row(f.Request, name, f.Investigator, now)).ToList();
    }

    public async Task<ServiceRequestView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.ServiceRequests.AsNoTracking().Where(ServiceAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var customer = request.CustomerId is { } customerId
            ? await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
                .Select(c => new { c.Name, Readable = db.Customers.Where(CustomerAccess.Readable(user)).Any(k => k.Id == customerId) })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == request.RegionId).Select(r => r.Name).FirstAsync(cancellationToken);
        var ids = request.Progress.Select(p => p.ById).Concat(request.Improvements.Select(i => i.OwnerId))
            .Append(request.LoggedById).Append(request.InvestigatorId ?? Guid.Empty).Append(request.SolutionApprovedById ?? Guid.Empty).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var moves = request.AllowedMoves(ServiceAccess.ActorFor(user, request));
        return new ServiceRequestView(
            request, customer?.Name, customer?.Readable ?? false, region, people, request.FirstResponseDue(Settings.FirstResponseWithin),
            request.FirstResponseState(Settings.FirstResponseWithin, now), request.SolutionState(now, calendar), moves, user.Id);
    }

    /// <summary>SVC-1 with SEC-1: the customers an agent may name — those service staff of their region read — by name.</summary>
    public Task<IReadOnlyList<CustomerChoice>> SearchCustomersAsync(string? text, CancellationToken cancellationToken = default) =>
        CustomerChoicesAsync(text, null, cancellationToken);

    /// <summary>One customer the agent may name (a form opened for a customer), or null.</summary>
    public async Task<CustomerChoice?> CustomerChoiceAsync(Guid customerId, CancellationToken cancellationToken = default) =>
        await CustomerChoicesAsync(null, customerId, cancellationToken) is [var found, ..] ? found : null;

    private async Task<IReadOnlyList<CustomerChoice>> CustomerChoicesAsync(string? text, Guid? customerId, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).Where(c => c.Lead == null || c.Lead == LeadStatus.Converted);
        if (customerId is { } id)
        {
            query = query.Where(c => c.Id == id);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = LikePattern.Containing(text.Trim());
            query = query.Where(c => EF.Functions.Like(c.Name, pattern, LikePattern.Escape));
        }

        return await query.OrderBy(c => c.Name).Take(20)
            .Select(c => new CustomerChoice(c.Id, c.Name, db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>SVC-2: who may investigate a request: customer service of its region, active.</summary>
    public async Task<IReadOnlyList<PersonChoice>> InvestigatorsAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var region = await db.ServiceRequests.AsNoTracking().Where(ServiceAccess.Readable(user, db.Customers)).Where(r => r.Id == requestId)
            .Select(r => (Guid?)r.RegionId).FirstOrDefaultAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(Audiences.InvestigatorsIn(region))
            .OrderBy(u => u.DisplayName)
            .Select(u => new PersonChoice(u.Id, u.DisplayName, u.Role))
            .ToListAsync(cancellationToken);
    }

    /// <summary>SVC-2: who may own an improvement: those who read the request — its region's staff and the directors.</summary>
    public async Task<IReadOnlyList<PersonChoice>> ImprovementOwnersAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var region = await db.ServiceRequests.AsNoTracking().Where(ServiceAccess.Readable(user, db.Customers)).Where(r => r.Id == requestId)
            .Select(r => (Guid?)r.RegionId).FirstOrDefaultAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(Audiences.ImprovementOwnersFor(region))
            .OrderBy(u => u.DisplayName)
            .Select(u => new PersonChoice(u.Id, u.DisplayName, u.Role))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// SVC-1: logs a request at the server's clock, in the customer's region (or the agent's, when no customer is
    /// named). A complaint tells the region's service manager (who assigns it) and, SVC-4, the customer's owner and
    /// account manager.
    /// </summary>
    public async Task<ServiceRequestSaveResult> LogAsync(ServiceRequestForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        if (!ServiceAccess.CanLog(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "log", "a service request");
            throw new AccessDeniedException("Only customer service logs complaints and requests.");
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        Customer? customer = null;
        if (form.Customer is { } chosen)
        {
            customer = await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == chosen.Id, cancellationToken);
            if (customer is null)
            {
                return new ServiceRequestSaveResult(null, [new ValidationError(nameof(ServiceRequestForm.Customer), "Service.CustomerNotFound", "Choose a customer of your region from the list.")]);
            }
        }

        var now = time.GetUtcNow();
        ServiceRequest request;
        try
        {
            request = ServiceRequest.Log(
                form.Kind, form.Category ?? (ServiceCategory)0, customer?.Id, customer?.RegionId ?? user.RegionId, form.Complainant, form.Matter, form.ContactDetails,
                form.Channel, form.Severity, user.Role, user.Id, now);
        }
        catch (DomainValidationException e)
        {
            return new ServiceRequestSaveResult(null, e.Errors);
        }

        db.ServiceRequests.Add(request);
        var notes = new List<Notification>();
        if (request.IsComplaint)
        {
            var subject = customer?.Name ?? request.Complainant;
            var managers = await ServiceManagersAsync(db, request.RegionId, cancellationToken);
            notes.AddRange(managers.Where(m => m != user.Id).Select(m => Notification.For(m, NotificationKind.ComplaintToAssign, subject, user.Name, Link(request), now)));
            if (customer is not null)
            {
                Guid?[] keepers = [customer.InPool ? null : customer.OwnerId, customer.AccountManagerId];
                notes.AddRange(keepers.OfType<Guid>().Distinct().Select(k => Notification.For(k, NotificationKind.ComplaintAgainstYourCustomer, customer.Name, user.Name, Link(request), now)));
            }
        }

        db.Notifications.AddRange(notes);
        await db.SaveChangesAsync(cancellationToken);
        logger.ServiceRequestLogged(request.Kind, request.Id, request.RegionId, user.Id);
        return new ServiceRequestSaveResult(request.Id, []);
    }

    /// <summary>SVC-2: the region's service manager gives a complaint to an investigator of its region; this is the first response.</summary>
    public Task<IReadOnlyList<ValidationError>> AssignInvestigatorAsync(Guid id, Guid investigatorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "assign investigator", ServiceAccess.CanAssign, async (db, request, user, now) =>
        {
            var investigator = await db.Users.AsNoTracking()
                .FirstOrDefaultAsync(u => u.Id == investigatorId && !u.IsDisabled && u.RegionId == request.RegionId, cancellationToken);
            if (investigator is null || !ServiceAccess.CanInvestigate(investigator.Role))
            {
                throw new DomainValidationException([new ValidationError("Investigator", "Service.InvestigatorInvalid", "Choose someone of the region's customer service.")]);
            }

            request.AssignInvestigator(investigator.Id, user.Role, now);
            return investigator.Id == user.Id ? [] : [Notification.For(investigator.Id, NotificationKind.InvestigationAssigned, await SubjectAsync(db, request, cancellationToken), user.Name, Link(request), now)];
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> RecordRootCauseAsync(Guid id, string? rootCause, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "root cause", Anyone, (_, request, user, _) => Quiet(() => request.RecordRootCause(rootCause, user.Id)), cancellationToken);

    /// <summary>SVC-2: the investigator proposes the solution; the marketing directors are asked to approve it.</summary>
    public Task<IReadOnlyList<ValidationError>> ProposeSolutionAsync(Guid id, string? department, string? measures, DateOnly? deadline, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "propose solution", Anyone, async (db, request, user, now) =>
        {
            request.ProposeSolution(department, measures, deadline, user.Id, now, calendar);
            var directors = await db.Users.IdsAsync(Audiences.Directors, cancellationToken);
            var subject = await SubjectAsync(db, request, cancellationToken);
            return directors.Select(d => Notification.For(d, NotificationKind.SolutionAwaitsApproval, subject, user.Name, Link(request), now)).ToList();
        }, cancellationToken);

    /// <summary>SVC-2: the marketing director approves the solution; the investigator and the agent who logged it carry it out.</summary>
    public Task<IReadOnlyList<ValidationError>> ApproveSolutionAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "approve solution", (user, _) => ServiceAccess.CanDecideSolution(user), async (db, request, user, now) =>
        {
            request.ApproveSolution(user.Role, user.Id);
            var subject = await SubjectAsync(db, request, cancellationToken);
            return new[] { request.InvestigatorId, request.LoggedById }.OfType<Guid>().Distinct().Where(p => p != user.Id)
                .Select(p => Notification.For(p, NotificationKind.SolutionApproved, subject, user.Name, Link(request), now)).ToList();
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> SendBackSolutionAsync(Guid id, string? comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "send back solution", (user, _) => ServiceAccess.CanDecideSolution(user), async (db, request, user, now) =>
        {
            request.SendBackSolution(comment, user.Role);
            var subject = await SubjectAsync(db, request, cancellationToken);
            return request.InvestigatorId is { } investigator ? [Notification.For(investigator, NotificationKind.SolutionSentBack, subject, user.Name, Link(request), now)] : [];
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> RecordProgressAsync(Guid id, string? text, bool sharedWithCustomer, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "progress", ServiceAccess.CanWork, (_, request, user, now) => Quiet(() => request.RecordProgress(text, sharedWithCustomer, user.Role, user.Id, now)), cancellationToken);

    public Task<IReadOnlyList<ValidationError>> ResolveAsync(Guid id, string? feedback, int? score, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "resolve", ServiceAccess.CanWork, (_, request, user, now) => Quiet(() => request.Resolve(feedback, score, user.Role, now)), cancellationToken);

    public Task<IReadOnlyList<ValidationError>> AnswerAsync(Guid id, string? answer, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "answer", ServiceAccess.CanWork, (_, request, user, now) => Quiet(() => request.AnswerRequest(answer, user.Role, now)), cancellationToken);

    public Task<IReadOnlyList<ValidationError>> CloseAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "close", ServiceAccess.CanWork, (_, request, user, now) => Quiet(() => request.Close(user.Role, now)), cancellationToken);

    /// <summary>SVC-2: an improvement that follows from the root cause, given to someone who reads the request; they are told.</summary>
    public Task<IReadOnlyList<ValidationError>> AddImprovementAsync(Guid id, string? text, Guid? ownerId, DateOnly? deadline, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "add improvement", ServiceAccess.CanAddImprovement, async (db, request, user, now) =>
        {
            var owner = ownerId is { } chosen
                ? await db.Users.AsNoTracking().Where(Audiences.ImprovementOwnersFor(request.RegionId)).FirstOrDefaultAsync(u => u.Id == chosen, cancellationToken)
                : null;
            if (owner is null)
            {
                throw new DomainValidationException([new ValidationError("Owner", "Service.OwnerInvalid", "Choose the improvement's owner from the list.")]);
            }

            request.AddImprovement(text, owner.Id, deadline, user.Role);
            return owner.Id == user.Id ? [] : [Notification.For(owner.Id, NotificationKind.ImprovementAssigned, await SubjectAsync(db, request, cancellationToken), user.Name, Link(request), now)];
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> CompleteImprovementAsync(Guid id, Guid improvementId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "complete improvement", Anyone, (_, request, user, now) => Quiet(() => request.CompleteImprovement(improvementId, user.Id, now)), cancellationToken);

    /// <summary>
    /// SVC-3, run by <see cref="ServiceSlaJob"/>: the region's service managers are told once when an item's first
    /// response is overdue, and once when an approved solution's deadline passes — however often lists are loaded.
    /// </summary>
    public async Task<int> NotifyOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var responseCutoff = now - Settings.FirstResponseWithin;
        var today = calendar.DayOf(now);
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.ServiceRequests.AsNoTracking()
                .Where(r => (r.FirstRespondedAt == null && r.OverdueNotifiedAt == null && r.ReceivedAt < responseCutoff && r.Status == ServiceRequestStatus.Received)
                    || (r.SolutionOverdueNotifiedAt == null && r.SolutionDeadline < today
                        && (r.Status == ServiceRequestStatus.SolutionProposed || r.Status == ServiceRequestStatus.BeingResolved)))
                .OrderBy(r => r.ReceivedAt).Select(r => r.Id).Take(500).ToListAsync(cancellationToken);
        }

        var notified = 0;
        foreach (var id in due)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Actor = SlaPolicy;
            var request = await db.ServiceRequests.FirstAsync(r => r.Id == id, cancellationToken);
            var kinds = new List<(NotificationKind Kind, string Deadline)>();
            if (request.FirstResponseState(Settings.FirstResponseWithin, now) == SlaState.Overdue && request.MarkOverdueNotified(now))
            {
                kinds.Add((NotificationKind.FirstResponseOverdue, "first response"));
            }

            if (request.SolutionState(now, calendar) == SlaState.Overdue && request.MarkSolutionOverdueNotified(now))
            {
                kinds.Add((NotificationKind.SolutionOverdue, "solution deadline"));
            }

            var managers = await ServiceManagersAsync(db, request.RegionId, cancellationToken);
            var subject = await SubjectAsync(db, request, cancellationToken);
            var notes = kinds.SelectMany(k => managers.Select(m => Notification.For(m, k.Kind, subject, null, Link(request), now))).ToList();
            db.Notifications.AddRange(notes);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Answered or changed meanwhile: the next run looks again.
                continue;
            }

            foreach (var (_, deadline) in kinds)
            {
                logger.ServiceOverdueNotified(request.Id, deadline, managers.Count);
            }

            notified += kinds.Count;
        }

        return notified;
    }

    /// <summary>SVC-3: a first response past due, or an approved (or proposed) solution past its deadline day.</summary>
    internal static Expression<Func<ServiceRequest, bool>> Overdue(DateTimeOffset responseCutoff, DateOnly today) =>
        r => (r.Status == ServiceRequestStatus.Received && r.ReceivedAt < responseCutoff)
            || (r.SolutionDeadline < today && (r.Status == ServiceRequestStatus.SolutionProposed || r.Status == ServiceRequestStatus.BeingResolved));

    private ServiceRequestRow Row(ServiceRequest r, string? customer, string? investigator, DateTimeOffset now)
    {
        var matter = r.Matter.Length <= MatterPreviewLength ? r.Matter : r.Matter[..(MatterPreviewLength - 1)] + "…";
        return new ServiceRequestRow(
            r.Id, r.ReceivedAt, r.Kind, r.Category, r.Severity, r.Status, r.Complainant, customer, matter, r.FirstResponseDue(Settings.FirstResponseWithin),
            r.FirstResponseState(Settings.FirstResponseWithin, now), r.SolutionDeadline, r.SolutionState(now, calendar), investigator);
    }

    private static bool Anyone(CurrentUser user, ServiceRequest request) => true;

    private static Task<IReadOnlyList<Notification>> Quiet(Action move)
    {
        move();
        return Task.FromResult<IReadOnlyList<Notification>>([]);
    }

    private static string Link(ServiceRequest request) => $"/service/{request.Id}";

    private static async Task<string> SubjectAsync(CrmDbContext db, ServiceRequest request, CancellationToken cancellationToken) =>
        request.CustomerId is { } customerId
            ? await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).FirstAsync(cancellationToken)
            : request.Complainant;

    private static async Task<List<Guid>> ServiceManagersAsync(CrmDbContext db, Guid regionId, CancellationToken cancellationToken) =>
        await db.Users.IdsAsync(Audiences.ServiceManagersOf(regionId), cancellationToken);

    /// <summary>
    /// One audited move: the request must be readable (else "not found"), the user allowed (else denied and logged), the
    /// domain's refusal comes back as messages, and the notifications are saved with the change.
    /// </summary>
    private async Task<IReadOnlyList<ValidationError>> ChangeAsync(
        Guid id, string action, Func<CurrentUser, ServiceRequest, bool> allowed,
        Func<CrmDbContext, ServiceRequest, CurrentUser, DateTimeOffset, Task<IReadOnlyList<Notification>>> move, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var request = await db.ServiceRequests.Where(ServiceAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound;
        }

        if (!allowed(user, request))
        {
            logger.AccessDenied(user.Id, user.Role, action, $"service request {id}");
            throw new AccessDeniedException("Your role may not do this on this request.");
        }

        var errors = await DomainMoves.TryAsync(
            async () =>
            {
                db.Notifications.AddRange(await move(db, request, user, time.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile);
        if (errors.Count == 0)
        {
            logger.ServiceRequestChanged(request.Id, action, user.Id);
        }

        return errors;
    }
}
