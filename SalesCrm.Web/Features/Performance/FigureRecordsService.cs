using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Features.Complaints;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Tiers;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2: every figure of the scorecard links to the records it counts — the same records, counted the same way
/// (<see cref="PerformanceService"/>, <see cref="ScorecardRates"/>), for exactly whose figures the user may see (SEC-1):
/// a rep their own, a sales manager or collector their region's people, the director a region or the whole company.
/// A page at a time, newest first.
/// </summary>
public sealed class FigureRecordsService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<PerformanceOptions> options,
    IOptions<VisitOptions> visitOptions,
    IOptions<ServiceOptions> serviceOptions)
{
    /// <param name="regionId">The director's chosen region, or the region of a team's scorecard; null for the company.</param>
    /// <param name="personId">One person of the scorecard; null for all of its people.</param>
    public async Task<PagedResult<CountedRecord>> ListAsync(
        CountedFigure figure, Period period, Guid? regionId, Guid? personId, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await ScopeAsync(db, user, regionId, personId, cancellationToken);
        return figure switch
        {
            CountedFigure.SignedAmount or CountedFigure.NewCustomers => await SigningsAsync(db, scope, period, figure == CountedFigure.NewCustomers, request, cancellationToken),
            CountedFigure.Leads or CountedFigure.Conversion => await FirstContactsAsync(db, scope, period, figure == CountedFigure.Conversion, request, cancellationToken),
            CountedFigure.Collection => await DueAsync(db, scope, period, request, cancellationToken),
            CountedFigure.ATierCoverage => await ATierAsync(db, scope, period, request, cancellationToken),
            _ => await ComplaintsAsync(db, scope, period, request, cancellationToken),
        };
    }

    /// <summary>Whose records: people (<see cref="Scope.ByRegion"/> false) or regions, as the scorecard counts its rows.</summary>
    private static async Task<Scope> ScopeAsync(CrmDbContext db, CurrentUser user, Guid? regionId, Guid? personId, CancellationToken cancellationToken)
    {
        var access = PerformanceAccess.FiguresScope(user.Role);
        if (access == AccessScope.Own)
        {
            return personId is null || personId == user.Id ? new Scope(false, [user.Id]) : throw Denied();
        }

        if (!(access == AccessScope.All || (access == AccessScope.Region && (regionId is null || regionId == user.RegionId))))
        {
            throw Denied();
        }

        var region = access == AccessScope.Region ? user.RegionId : regionId;
        if (region is null)
        {
            return personId is null ? new Scope(true, await db.Regions.Select(r => r.Id).ToListAsync(cancellationToken)) : throw Denied();
        }

        var people = await db.Users.AsNoTracking().Where(Audiences.TargetCarriers).Where(u => u.RegionId == region).Select(u => u.Id).ToListAsync(cancellationToken);
        return personId is not { } one ? new Scope(false, people) : people.Contains(one) ? new Scope(false, [one]) : throw Denied();
    }

    private static AccessDeniedException Denied() => new("You may not see these records.");

    private async Task<PagedResult<CountedRecord>> SigningsAsync(CrmDbContext db, Scope scope, Period period, bool newCustomersOnly, PageRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = (period.FirstDay, period.EndDay);
        var minimum = options.Value.ValidCustomerMinimumAmount;
        var credits = db.SigningCredits.AsNoTracking().Where(c => c.VoidedAt == null && c.SignedOn >= from && c.SignedOn < to);
        credits = scope.ByRegion ? credits.Where(c => scope.Ids.Contains(c.RegionId)) : credits.Where(c => scope.Ids.Contains(c.RepId));
        if (newCustomersOnly)
        {
            credits = credits.Where(c => c.FirstForCustomer && c.Amount >= minimum);
        }

        var total = await credits.CountAsync(cancellationToken);
        var page = await credits.OrderByDescending(c => c.SignedOn).ThenByDescending(c => c.ContractNumber).Skip(request.Skip).Take(request.Take)
            .Select(c => new
            {
                c.ContractId, c.ContractNumber, c.CustomerId, c.SignedOn, c.Amount,
                Customer = db.Customers.Where(k => k.Id == c.CustomerId).Select(k => k.Name).FirstOrDefault(),
                Rep = db.Users.Where(u => u.Id == c.RepId).Select(u => u.DisplayName).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return new PagedResult<CountedRecord>([.. page.Select(c => newCustomersOnly
            ? new CountedRecord(c.Customer ?? "—", c.ContractNumber, c.Rep ?? "—", c.SignedOn, c.Amount, null, null, $"/customers/{c.CustomerId}")
            : new CountedRecord(c.ContractNumber, c.Customer, c.Rep ?? "—", c.SignedOn, c.Amount, null, null, $"/contracts/{c.ContractId}"))], total);
    }

    private async Task<PagedResult<CountedRecord>> FirstContactsAsync(CrmDbContext db, Scope scope, Period period, bool markConverted, PageRequest request, CancellationToken cancellationToken)
    {
        var (start, end, to) = (calendar.StartOf(period), calendar.EndOf(period), period.EndDay);
        var minimum = options.Value.ValidCustomerMinimumAmount;
        var contacts = db.OwnershipLedger.AsNoTracking().Where(r => r.Change == OwnershipChange.FirstContact && r.At >= start && r.At < end);
        contacts = scope.ByRegion
            ? contacts.Where(r => db.Users.Any(u => u.Id == r.OwnerId && scope.Ids.Contains(u.RegionId)))
            : contacts.Where(r => scope.Ids.Contains(r.OwnerId));
        var total = await contacts.CountAsync(cancellationToken);
        var page = await contacts.OrderByDescending(r => r.At).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take)
            .Select(r => new
            {
                r.CustomerId, r.At,
                Customer = db.Customers.Where(k => k.Id == r.CustomerId).Select(k => k.Name).FirstOrDefault(),
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                Converted = db.SigningCredits.Any(c => c.CustomerId == r.CustomerId && c.FirstForCustomer && c.VoidedAt == null && c.SignedOn < to && c.Amount >= minimum),
            }).ToListAsync(cancellationToken);
        return new PagedResult<CountedRecord>([.. page.Select(r =>
            new CountedRecord(r.Customer ?? "—", null, r.Owner ?? "—", calendar.DayOf(r.At), null, null, markConverted ? r.Converted : null, $"/customers/{r.CustomerId}"))], total);
    }

    private async Task<PagedResult<CountedRecord>> DueAsync(CrmDbContext db, Scope scope, Period period, PageRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = ScorecardRates.DueWindow(period, calendar.DayOf(time.GetUtcNow()));
        var due = db.Receivables.AsNoTracking().Where(r => r.DueDate >= from && r.DueDate < to);
        due = scope.ByRegion ? due.Where(r => scope.Ids.Contains(r.RegionId)) : due.Where(r => scope.Ids.Contains(r.OwnerId));
        var total = await due.CountAsync(cancellationToken);
        var page = await due.OrderByDescending(r => r.DueDate).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take)
            .Select(r => new
            {
                r.ContractId, r.DueDate, Owed = r.TotalAmount - r.DeductedAmount, r.CollectedAmount,
                Number = db.Contracts.Where(c => c.Id == r.ContractId).Select(c => c.Number).FirstOrDefault(),
                Customer = db.Customers.Where(k => k.Id == r.CustomerId).Select(k => k.Name).FirstOrDefault(),
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return new PagedResult<CountedRecord>([.. page.Select(r =>
            new CountedRecord(r.Number ?? "—", r.Customer, r.Owner ?? "—", r.DueDate, r.CollectedAmount, r.Owed, r.CollectedAmount >= r.Owed, $"/contracts/{r.ContractId}"))], total);
    }

    private async Task<PagedResult<CountedRecord>> ATierAsync(CrmDbContext db, Scope scope, Period period, PageRequest request, CancellationToken cancellationToken)
    {
        var (start, required) = ScorecardRates.CoverageWindow(period, calendar, visitOptions.Value.VisitsPerQuarter);
        var customers = db.Customers.AsNoTracking().Where(ATier.Active);
        customers = scope.ByRegion ? customers.Where(c => scope.Ids.Contains(c.RegionId)) : customers.Where(c => scope.Ids.Contains(c.AccountManagerId!.Value));
        var counted = ComplianceService.WithVisits(db, customers, start, calendar.EndOf(period));
        var total = await counted.CountAsync(cancellationToken);
        var page = await counted.OrderBy(c => c.Visits).ThenBy(c => c.Name).ThenBy(c => c.Id).Skip(request.Skip).Take(request.Take)
            .Select(c => new { c.Id, c.Name, c.Visits, Manager = db.Users.Where(u => u.Id == c.AccountManagerId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return new PagedResult<CountedRecord>([.. page.Select(c =>
            new CountedRecord(c.Name, null, c.Manager ?? "—", null, c.Visits, required, c.Visits >= required, $"/customers/{c.Id}"))], total);
    }

    private async Task<PagedResult<CountedRecord>> ComplaintsAsync(CrmDbContext db, Scope scope, Period period, PageRequest request, CancellationToken cancellationToken)
    {
        var within = serviceOptions.Value.FirstResponseWithin;
        var judged = ScorecardRates.JudgedComplaints(db, calendar.StartOf(period), calendar.EndOf(period), time.GetUtcNow() - within);
        var rows = scope.ByRegion
            ? judged.Where(r => scope.Ids.Contains(r.RegionId))
            : judged.Where(r => db.Customers.Any(c => c.Id == r.CustomerId && scope.Ids.Contains(c.OwnerId)));
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take)
            .Select(r => new
            {
                r.Id, r.ReceivedAt, r.FirstRespondedAt, r.Matter,
                Customer = db.Customers.Where(c => c.Id == r.CustomerId).Select(c => c.Name).FirstOrDefault(),
                Owner = db.Customers.Where(c => c.Id == r.CustomerId).Select(c => db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return new PagedResult<CountedRecord>([.. page.Select(r => new CountedRecord(
            r.Customer ?? r.Matter, r.Customer is null ? null : r.Matter, r.Owner ?? "—", calendar.DayOf(r.ReceivedAt), null, null,
            r.FirstRespondedAt - r.ReceivedAt <= within, $"/service/{r.Id}"))], total);
    }

    private sealed record Scope(bool ByRegion, IReadOnlyList<Guid> Ids);
}
