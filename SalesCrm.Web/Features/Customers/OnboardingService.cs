using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// CUS-5: the onboarding notices (《新(重)进客户操作通知单》, 003 §8.2.2) for the heads of collection and service, who each
/// acknowledge their part once (<see cref="OnboardingAccess"/>). Notices are raised where their cause is saved
/// (<see cref="OnboardingNotices"/>).
/// </summary>
public sealed class OnboardingService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    ILogger<OnboardingService> logger)
{
    private static readonly ValidationError[] NotFound = [new(string.Empty, "Onboarding.NotFound", "This notice does not exist, or you have no access to it.")];

    /// <summary>The notices of the customers the user reads them for: those not fully acknowledged first, then newest first.</summary>
    public async Task<PagedResult<OnboardingNoticeRow>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.Where(OnboardingAccess.Customers(user));
        var notices = db.OnboardingNotices.AsNoTracking().Where(n => customers.Any(c => c.Id == n.CustomerId));
        var total = await notices.CountAsync(cancellationToken);
        var page = await notices
            .OrderBy(n => n.CollectionAcknowledgedAt != null && n.ServiceAcknowledgedAt != null)
            .ThenByDescending(n => n.RaisedAt).ThenBy(n => n.Id)
            .Skip(request.Skip).Take(request.Take)
            .Select(n => new
            {
                Notice = n,
                Customer = db.Customers.Where(c => c.Id == n.CustomerId).Select(c => new { c.Name, c.RegionId }).First(),
                CollectionBy = db.Users.Where(u => u.Id == n.CollectionAcknowledgedById).Select(u => u.DisplayName).FirstOrDefault(),
                ServiceBy = db.Users.Where(u => u.Id == n.ServiceAcknowledgedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var regionIds = page.Select(p => p.Customer.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return new PagedResult<OnboardingNoticeRow>(
            page.Select(p => new OnboardingNoticeRow(
                p.Notice.Id, p.Notice.CustomerId, p.Customer.Name, regions.GetValueOrDefault(p.Customer.RegionId, string.Empty), p.Notice.Reason, p.Notice.Detail,
                p.Notice.RaisedAt, p.CollectionBy, p.Notice.CollectionAcknowledgedAt, p.ServiceBy, p.Notice.ServiceAcknowledgedAt,
                !p.Notice.IsAcknowledgedBy(Department.Collection) && OnboardingAccess.CanAcknowledge(user, Department.Collection, p.Customer.RegionId),
                !p.Notice.IsAcknowledgedBy(Department.Service) && OnboardingAccess.CanAcknowledge(user, Department.Service, p.Customer.RegionId))).ToList(),
            total);
    }

    /// <summary>How many notices wait for the user's department (for a badge); 0 for those who acknowledge none.</summary>
    public async Task<int> WaitingForMeAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var department = OnboardingAccess.DepartmentOf(user.Role);
        if (!OnboardingAccess.Acknowledges(user.Role))
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.Where(OnboardingAccess.Customers(user));
        var notices = db.OnboardingNotices.AsNoTracking().Where(n => customers.Any(c => c.Id == n.CustomerId));
        return department switch
        {
            Department.Collection => await notices.CountAsync(n => n.CollectionAcknowledgedAt == null, cancellationToken),
            Department.Service => await notices.CountAsync(n => n.ServiceAcknowledgedAt == null, cancellationToken),
            _ => await notices.CountAsync(n => n.CollectionAcknowledgedAt == null || n.ServiceAcknowledgedAt == null, cancellationToken),
        };
    }

    /// <summary>CUS-5: the head of <paramref name="department"/> of the customer's region (or the director) acknowledges that part, once.</summary>
    public async Task<IReadOnlyList<ValidationError>> AcknowledgeAsync(Guid noticeId, Department department, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!OnboardingAccess.Acknowledges(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, $"acknowledge for {department}", $"onboarding notice {noticeId}");
            throw new AccessDeniedException("Only the heads of collection and service acknowledge onboarding notices.");
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customers = db.Customers.Where(OnboardingAccess.Customers(user));
        var notice = await db.OnboardingNotices.Where(n => customers.Any(c => c.Id == n.CustomerId)).FirstOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return NotFound;
        }

        var region = await db.Customers.AsNoTracking().Where(c => c.Id == notice.CustomerId).Select(c => c.RegionId).FirstAsync(cancellationToken);
        if (!OnboardingAccess.CanAcknowledge(user, department, region))
        {
            logger.AccessDenied(user.Id, user.Role, $"acknowledge for {department}", $"onboarding notice {noticeId}");
            throw new AccessDeniedException("Only the head of that department acknowledges this part of the notice.");
        }

        return await DomainMoves.TryAsync(
            async () =>
            {
                notice.Acknowledge(department, user.Id, time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            },
            new ValidationError(string.Empty, "Onboarding.ChangedMeanwhile", "Someone acknowledged this notice a moment ago. Reload and try again."));
    }
}
