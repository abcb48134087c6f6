using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>
/// OWN-5 disputes: a rep refused a customer (OWN-3) disputes the refusal with dated evidence; the sales manager of
/// the owner's region or the director upholds it (the customer moves to the claimant, in the same transaction as the
/// ledger line, the audit and the notifications) or rejects it. Who sees and decides is in <see cref="OwnershipAccess"/>.
/// </summary>
public sealed class DisputeService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    ILogger<DisputeService> logger)
{
    /// <summary>How far back a refusal can still be disputed.</summary>
    public static readonly TimeSpan DisputeWindow = TimeSpan.FromDays(180);

    private static readonly ValidationError[] NotFound = [new(string.Empty, "Dispute.NotFound", "This dispute does not exist, or you have no access to it.")];

    public async Task<PagedResult<DisputeRow>> ListAsync(PageRequest request, DisputeStatus? status = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.OwnershipDisputes.AsNoTracking().Where(OwnershipAccess.VisibleDisputes(user)).Where(d => status == null || d.Status == status);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = LikePattern.Containing(request.Search.Trim());
            query = query.Where(d => EF.Functions.Like(d.CompanyName, pattern, LikePattern.Escape)
                || db.Users.Any(u => (u.Id == d.ClaimantId || u.Id == d.OwnerId) && EF.Functions.Like(u.DisplayName, pattern, LikePattern.Escape)));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.OpenedAt).ThenBy(d => d.Id).Skip(request.Skip).Take(request.Take)
            .Select(d => new DisputeRow(
                d.Id,
                d.OpenedAt,
                d.CompanyName,
                db.Users.Where(u => u.Id == d.ClaimantId).Select(u => u.DisplayName).First(),
                db.Regions.Where(r => r.Id == d.ClaimantRegionId).Select(r => r.Name).First(),
                db.Users.Where(u => u.Id == d.OwnerId).Select(u => u.DisplayName).First(),
                db.Regions.Where(r => r.Id == d.OwnerRegionId).Select(r => r.Name).First(),
                d.Status))
            .ToListAsync(cancellationToken);
        return new PagedResult<DisputeRow>(rows, total);
    }

    public async Task<DisputeView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dispute = await db.OwnershipDisputes.AsNoTracking().Where(OwnershipAccess.VisibleDisputes(user)).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dispute is null)
        {
            return null;
        }

        var people = new[] { dispute.ClaimantId, dispute.OwnerId, dispute.DecidedById ?? Guid.Empty };
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var regionIds = new[] { dispute.ClaimantRegionId, dispute.OwnerRegionId };
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var since = await db.OwnershipLedger.AsNoTracking().Where(l => l.CustomerId == dispute.CustomerId && l.OwnerId == dispute.OwnerId)
            .OrderByDescending(l => l.At).Select(l => l.At).FirstOrDefaultAsync(cancellationToken);
        var readable = await db.Customers.Where(CustomerAccess.Readable(user)).AnyAsync(c => c.Id == dispute.CustomerId, cancellationToken);
        return new DisputeView(
            dispute.Id,
            dispute.CompanyName,
            names.GetValueOrDefault(dispute.ClaimantId, "?"),
            regions.GetValueOrDefault(dispute.ClaimantRegionId, "?"),
            names.GetValueOrDefault(dispute.OwnerId, "?"),
            regions.GetValueOrDefault(dispute.OwnerRegionId, "?"),
            since,
            dispute.EvidenceKind,
            dispute.ContactedOn,
            dispute.Evidence,
            dispute.OpenedAt,
            dispute.Status,
            dispute.DecidedById is { } decider ? names.GetValueOrDefault(decider, "?") : null,
            dispute.DecidedAt,
            dispute.Decision,
            readable ? dispute.CustomerId : null,
            dispute.Status == DisputeStatus.Open && OwnershipAccess.CanDecide(user, dispute) && user.Id != dispute.ClaimantId && user.Id != dispute.OwnerId);
    }

    /// <summary>
    /// The signed-in rep's refusals of the last <see cref="DisputeWindow"/> that they may still dispute: the latest per
    /// customer, not theirs meanwhile, not in the pool (OWN-6: claim it there) and without an open dispute of theirs.
    /// </summary>
    public async Task<IReadOnlyList<DisputableCollision>> DisputableAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanOpenDisputes(user.Role))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = time.GetUtcNow() - DisputeWindow;
        var candidates = await db.Collisions.AsNoTracking()
            .Where(c => c.ClaimantId == user.Id && c.At >= since)
            .Where(c => !db.Customers.Any(k => k.Id == c.CustomerId && (k.OwnerId == user.Id || k.PooledAt != null)))
            .Where(c => !db.OwnershipDisputes.Any(d => d.CustomerId == c.CustomerId && d.ClaimantId == user.Id && d.Status == DisputeStatus.Open))
            .OrderByDescending(c => c.At)
            .Take(200)
            .Select(c => new
            {
                c.Id,
                c.CustomerId,
                c.At,
                c.TypedName,
                c.MatchedOn,
                Owner = db.Customers.Where(k => k.Id == c.CustomerId).Select(k => db.Users.Where(u => u.Id == k.OwnerId).Select(u => u.DisplayName).First()).First(),
                Region = db.Customers.Where(k => k.Id == c.CustomerId).Select(k => db.Regions.Where(r => r.Id == k.RegionId).Select(r => r.Name).First()).First(),
            })
            .ToListAsync(cancellationToken);
        return candidates.DistinctBy(c => c.CustomerId).Take(50)
            .Select(c => new DisputableCollision(c.Id, c.At, c.TypedName, c.MatchedOn, c.Owner, c.Region))
            .ToList();
    }

    public async Task<DisputeOpenResult> OpenAsync(DisputeFormModel form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        if (!OwnershipAccess.CanOpenDisputes(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "open", "an ownership dispute");
            throw new AccessDeniedException("Only sales staff dispute ownership.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var collision = await db.Collisions.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == form.CollisionId && c.ClaimantId == user.Id && c.At >= now - DisputeWindow, cancellationToken);
        if (collision is null)
        {
            return DisputeOpenResult.Invalid(nameof(DisputeFormModel.CollisionId), "Dispute.CollisionRequired", "Choose the refused registration you dispute.");
        }

        if (await db.OwnershipDisputes.AnyAsync(d => d.CustomerId == collision.CustomerId && d.ClaimantId == user.Id && d.Status == DisputeStatus.Open, cancellationToken))
        {
            return DisputeOpenResult.Invalid(nameof(DisputeFormModel.CollisionId), "Dispute.AlreadyOpen", "You have an open dispute about this customer already.");
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == collision.CustomerId, cancellationToken);
        OwnershipDispute dispute;
        try
        {
            var contactedOn = form.ContactedOn is { } day ? DateOnly.FromDateTime(day) : (DateOnly?)null;
            dispute = OwnershipDispute.Open(collision, customer, form.EvidenceKind, contactedOn, form.Evidence, now, calendar);
        }
        catch (DomainValidationException e)
        {
            return new DisputeOpenResult(null, e.Errors);
        }
        catch (DomainException e)
        {
            return DisputeOpenResult.Invalid(nameof(DisputeFormModel.CollisionId), e.Code, e.Message);
        }

        db.OwnershipDisputes.Add(dispute);
        var link = $"/ownership/disputes/{dispute.Id}";
        var deciders = await Audiences.RegionHeadsAsync(db, dispute.OwnerRegionId, user.Id, cancellationToken);
        var notes = deciders
            .Select(id => Notification.For(id, NotificationKind.DisputeOpened, customer.Name, user.Name, link, now))
            .Append(Notification.For(dispute.OwnerId, NotificationKind.DisputeOpened, customer.Name, user.Name, link, now))
            .DistinctBy(n => n.RecipientId)
            .ToList();
        db.Notifications.AddRange(notes);
        await db.SaveChangesAsync(cancellationToken);
        logger.DisputeOpened(dispute.Id, dispute.CustomerId, user.Id, dispute.OwnerId);
        return new DisputeOpenResult(dispute.Id, []);
    }

    /// <summary>The claimant made first contact: the customer becomes theirs, with the decision as the ledger's reason.</summary>
    public Task<IReadOnlyList<ValidationError>> UpholdAsync(Guid id, string comment, CancellationToken cancellationToken = default) =>
        DecideAsync(id, DisputeStatus.Upheld, comment, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> RejectAsync(Guid id, string comment, CancellationToken cancellationToken = default) =>
        DecideAsync(id, DisputeStatus.Rejected, comment, cancellationToken);

    private async Task<IReadOnlyList<ValidationError>> DecideAsync(Guid id, DisputeStatus outcome, string comment, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var dispute = await db.OwnershipDisputes.Where(OwnershipAccess.VisibleDisputes(user)).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dispute is null)
        {
            return NotFound;
        }

        if (!OwnershipAccess.CanDecide(user, dispute))
        {
            logger.AccessDenied(user.Id, user.Role, "decide", $"dispute {id}");
            throw new AccessDeniedException("Only the sales manager of the owner's region or the director decides a dispute.");
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == dispute.CustomerId, cancellationToken);
        if (customer.OwnerId == user.Id)
        {
            return [new ValidationError(string.Empty, "Dispute.OwnDispute", "You are party to this dispute, so someone else decides it.")];
        }

        var now = time.GetUtcNow();
        var owner = customer.OwnerId;
        try
        {
            if (outcome == DisputeStatus.Upheld)
            {
                dispute.Uphold(user.Id, comment, now);
                db.OwnershipLedger.Add(customer.SettleDispute(dispute, user.Id, now));
            }
            else
            {
                dispute.Reject(user.Id, comment, now);
            }
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }
        catch (DomainException e)
        {
            return [new ValidationError(string.Empty, e.Code, e.Message)];
        }

        var claimantName = await db.Users.Where(u => u.Id == dispute.ClaimantId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        var link = $"/ownership/disputes/{dispute.Id}";
        Notification[] notes = outcome == DisputeStatus.Upheld
            ?
            [
                Notification.For(dispute.ClaimantId, NotificationKind.DisputeUpheld, dispute.CompanyName, user.Name, $"/customers/{customer.Id}", now),
                Notification.For(owner, NotificationKind.CustomerTransferredAway, customer.Name, claimantName, link, now),
            ]
            :
            [
                Notification.For(dispute.ClaimantId, NotificationKind.DisputeRejected, dispute.CompanyName, user.Name, link, now),
                Notification.For(owner, NotificationKind.DisputeRejectedCustomerKept, customer.Name, user.Name, link, now),
            ];
        db.Notifications.AddRange(notes);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [new ValidationError(string.Empty, "Dispute.ChangedMeanwhile", "Someone decided this dispute or changed the customer a moment ago. Reload and look again.")];
        }

        logger.DisputeDecided(dispute.Id, dispute.CustomerId, outcome, user.Id);
        return [];
    }
}
