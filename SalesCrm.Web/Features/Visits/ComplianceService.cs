using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Visits;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Visits;

/// <summary>
/// TIER-3: A-tier customers get at least <see cref="VisitOptions.VisitsPerQuarter"/> on-site visits per UTC quarter, by
/// their account manager or their region's sales manager (<see cref="VisitCompliance.CountingVisits"/>, counted here in
/// SQL). An account manager sees the customers they manage, a sales manager their region, the director every region.
/// </summary>
public sealed class ComplianceService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<VisitOptions> options,
    ILogger<ComplianceService> logger)
{
    public CompliancePeriod Period()
    {
        var now = time.GetUtcNow();
        var quarter = calendar.QuarterOf(now);
        return new CompliancePeriod(quarter, quarter.DaysLeft(calendar.DayOf(now)), options.Value.VisitsPerQuarter);
    }

    /// <summary>What the signed-in user answers for: their customers, their region, or all regions.</summary>
    public async Task<AccessScope> ScopeAsync() => VisitAccess.ComplianceScope((await currentUser.RequireAsync()).Role);

    /// <summary>The A-tier customers in the user's scope, those with the fewest visits first.</summary>
    public async Task<PagedResult<ComplianceRow>> ListAsync(ComplianceFilter filter, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        var period = Period();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Counted(db, user, filter.RegionId, period);
        if (filter.BehindOnly)
        {
            query = query.Where(c => c.Visits < period.Required);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(c => c.Visits).ThenBy(c => c.Name).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Visits,
                Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                AccountManager = db.Users.Where(u => u.Id == c.AccountManagerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<ComplianceRow>(page.Select(c => new ComplianceRow(c.Id, c.Name, c.Region, c.AccountManager, c.Visits, period.Required)).ToList(), total);
    }

    /// <summary>TIER-3 at a glance (for "My day" and the page's header).</summary>
    public async Task<ComplianceSummary> SummaryAsync(Guid? regionId = null, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var period = Period();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Counted(db, user, regionId, period);
        var total = await query.CountAsync(cancellationToken);
        var behind = await query.CountAsync(c => c.Visits < period.Required, cancellationToken);
        return new ComplianceSummary(period, total, behind);
    }

    /// <summary>The regions the director may filter by.</summary>
    public async Task<IReadOnlyList<RegionChoice>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (VisitAccess.ComplianceScope(user.Role) != AccessScope.All)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new RegionChoice(r.Id, r.Name)).ToListAsync(cancellationToken);
    }

    private IQueryable<CountedCustomer> Counted(CrmDbContext db, CurrentUser user, Guid? regionId, CompliancePeriod period)
    {
        var id = user.Id;
        var region = user.RegionId;
        var customers = db.Customers.AsNoTracking().Where(Tiers.ATier.Active);
        customers = VisitAccess.ComplianceScope(user.Role) switch
        {
            AccessScope.All => regionId is { } chosen ? customers.Where(c => c.RegionId == chosen) : customers,
            AccessScope.Region => customers.Where(c => c.RegionId == region),
            AccessScope.Own => customers.Where(c => c.AccountManagerId == id),
            _ => throw Denied(user),
        };

        return WithVisits(db, customers, calendar.StartOf(period.Quarter), calendar.EndOf(period.Quarter));
    }

    /// <summary>
    /// TIER-3: each customer with its on-site visits between <paramref name="start"/> and <paramref name="end"/> by its
    /// account manager or its region's sales manager (both answer for an A-tier customer). KPI-2's coverage counts the same.
    /// </summary>
    internal static IQueryable<CountedCustomer> WithVisits(CrmDbContext db, IQueryable<Customer> customers, DateTimeOffset start, DateTimeOffset end)
    {
        return customers.Select(c => new CountedCustomer
        {
            Id = c.Id,
            Name = c.Name,
            RegionId = c.RegionId,
            AccountManagerId = c.AccountManagerId,
            Visits = db.ContactLogs.Count(l => l.CustomerId == c.Id && l.Kind == ContactKind.OnSiteVisit && l.OccurredAt >= start && l.OccurredAt < end
                && (l.AuthorId == c.AccountManagerId || db.Regions.Any(r => r.Id == c.RegionId && r.SalesManagerId == l.AuthorId))),
        });
    }

    private AccessDeniedException Denied(CurrentUser user)
    {
        logger.AccessDenied(user.Id, user.Role, "see", "A-tier visit compliance");
        return new AccessDeniedException("Visit compliance is shown to account managers, sales managers and the director.");
    }

    internal sealed class CountedCustomer
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = string.Empty;
        public Guid RegionId { get; init; }
        public Guid? AccountManagerId { get; init; }
        public int Visits { get; init; }
    }
}
