using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Complaints;

/// <summary>
/// The service dashboard (issue 7 §5): open and overdue work (SVC-3), the first-response rate (SVC-3, KPI-2), the time
/// to resolve and the satisfaction trend (SVC-2), and what complaints are about — counted over
/// <see cref="ServiceAccess.Counted"/>. Counts run in SQL; the few figures that need time arithmetic load only the
/// columns of a bounded window (this month, <see cref="TrendMonths"/> months) and are computed here, because
/// DateTimeOffset arithmetic does not translate alike for SQLite (stored as ticks) and SQL Server.
/// </summary>
public sealed class ServiceDashboardService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<ServiceOptions> options,
    ILogger<ServiceDashboardService> logger)
{
    /// <summary>How many months the satisfaction trend shows, this one included.</summary>
    public const int TrendMonths = 6;

    /// <summary>How far back complaints are counted by category.</summary>
    public const int CategoryDays = 90;

    private static readonly ServiceRequestStatus[] OpenStatuses = [.. Enum.GetValues<ServiceRequestStatus>().Where(s => s != ServiceRequestStatus.Closed)];

    public async Task<ServiceDashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!ServiceAccess.CanSeeDashboard(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "see", "the service dashboard");
            throw new AccessDeniedException("Your role does not see the service dashboard.");
        }

        var now = time.GetUtcNow();
        var within = options.Value.FirstResponseWithin;
        var responseCutoff = now - within;
        var today = calendar.DayOf(now);
        var months = Enumerable.Range(1 - TrendMonths, TrendMonths).Select(i => calendar.MonthOf(now).AddMonths(i)).ToList();
        var thisMonth = calendar.StartOf(months[^1]);
        var trendFrom = calendar.StartOf(months[0]);
        var categoriesFrom = now.AddDays(-CategoryDays);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counted = db.ServiceRequests.AsNoTracking().Where(ServiceAccess.Counted(user));

        var hasRequests = await counted.AnyAsync(cancellationToken);
        var open = await counted.Where(r => r.Status != ServiceRequestStatus.Closed)
            .GroupBy(r => new { r.Status, r.Kind })
            .Select(g => new { g.Key.Status, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var overdue = await counted.Where(ServiceRequestService.Overdue(responseCutoff, today)).CountAsync(cancellationToken);

        // SVC-3: a request counts once its first response was given or is past due; one still within its time is not judged yet.
        var responses = await counted
            .Where(r => r.ReceivedAt >= thisMonth && (r.FirstRespondedAt != null || r.ReceivedAt < responseCutoff))
            .Select(r => new { r.ReceivedAt, r.FirstRespondedAt })
            .ToListAsync(cancellationToken);
        var resolved = await counted
            .Where(r => r.Kind == ServiceRequestKind.Complaint && r.ResolvedAt >= thisMonth)
            .Select(r => new { r.ReceivedAt, ResolvedAt = r.ResolvedAt!.Value })
            .ToListAsync(cancellationToken);
        var scores = await counted
            .Where(r => r.Kind == ServiceRequestKind.Complaint && r.ResolvedAt >= trendFrom && r.SatisfactionScore != null)
            .Select(r => new { ResolvedAt = r.ResolvedAt!.Value, Score = r.SatisfactionScore!.Value })
            .ToListAsync(cancellationToken);
        var categories = await counted
            .Where(r => r.Kind == ServiceRequestKind.Complaint && r.ReceivedAt >= categoriesFrom)
            .GroupBy(r => r.Category)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Category, c => c.Count, cancellationToken);

        var trend = months.Select(month =>
        {
            var inMonth = scores.Where(s => calendar.MonthOf(s.ResolvedAt) == month).Select(s => s.Score).ToList();
            return new SatisfactionMonth(month, inMonth.Count == 0 ? null : inMonth.Average(), inMonth.Count);
        }).ToList();

        return new ServiceDashboard(
            now,
            hasRequests,
            [.. OpenStatuses.Select(s => new ServiceCount<ServiceRequestStatus>(s, open.Where(o => o.Status == s).Sum(o => o.Count)))],
            [.. Enum.GetValues<ServiceRequestKind>().Select(k => new ServiceCount<ServiceRequestKind>(k, open.Where(o => o.Kind == k).Sum(o => o.Count)))],
            overdue,
            new FirstResponseRate(within, responses.Count, responses.Count(r => r.FirstRespondedAt - r.ReceivedAt <= within)),
            new ResolutionTime(resolved.Count, resolved.Count == 0 ? null : TimeSpan.FromTicks((long)resolved.Average(r => (r.ResolvedAt - r.ReceivedAt).Ticks))),
            trend,
            [.. Enum.GetValues<ServiceCategory>().Select(c => new ServiceCount<ServiceCategory>(c, categories.GetValueOrDefault(c)))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Key)]);
    }
}
