using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>
/// Opportunities (PIPE-1/2): opened on a customer by those who work its commercial terms, owned by the customer's
/// owner, moved stage by stage through the domain's rules. Access is <see cref="OpportunityAccess"/>; a record the
/// user may not see is "not found".
/// </summary>
public sealed class OpportunityService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<PipelineOptions> options,
    ILogger<OpportunityService> logger)
{
    private static readonly ValidationError[] NotFound = [new(string.Empty, "Opportunity.NotFound", "This opportunity does not exist, or you have no access to it.")];

    /// <summary>How many cards a board column shows; the column's count and total still cover all of them.</summary>
    public const int CardsPerColumn = 100;

    /// <summary>How long a signed opportunity stays on the board's last column.</summary>
    public static readonly TimeSpan SignedShownFor = TimeSpan.FromDays(30);

    public PipelineOptions Settings => options.Value;

    /// <summary>
    /// PIPE-3: the open opportunities the user may see, by stage, with counts and totals; signed ones of the last
    /// <see cref="SignedShownFor"/> close the board. Lost ones are not on it.
    /// </summary>
    public async Task<IReadOnlyList<BoardColumn>> BoardAsync(BoardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var user = await currentUser.RequireAsync();
        var now = time.GetUtcNow();
        var signedSince = now - SignedShownFor;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Opportunities.AsNoTracking().Where(OpportunityAccess.Readable(user, db.Customers))
            .Where(o => o.LostAt == null && (o.Stage != OpportunityStage.Signing || o.StageEnteredAt >= signedSince))
            .Where(o => filter.OwnerId == null || o.OwnerId == filter.OwnerId)
            .Where(o => filter.RegionId == null || o.RegionId == filter.RegionId);

        // SQLite keeps decimals as text, so sums are made here over the amounts alone, not in SQL.
        var amounts = await query.Select(o => new { o.Stage, o.AmountValue, o.Currency }).ToListAsync(cancellationToken);
        var columns = new List<BoardColumn>();
        foreach (var stage in Enum.GetValues<OpportunityStage>())
        {
            var cards = await query.Where(o => o.Stage == stage).OrderByDescending(o => o.StageEnteredAt).Take(CardsPerColumn)
                .Select(o => new
                {
                    o.Id,
                    o.Title,
                    Customer = db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.Name).First(),
                    o.AmountValue,
                    o.Currency,
                    Owner = db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).First(),
                    o.StageEnteredAt,
                })
                .ToListAsync(cancellationToken);
            var inStage = amounts.Where(a => a.Stage == stage).ToList();
            var totals = MoneyTotal.ByCurrency(inStage.Where(a => a.AmountValue is not null), a => a.AmountValue!.Value, a => a.Currency);
            columns.Add(new BoardColumn(
                stage,
                cards.Select(c => new BoardCard(c.Id, c.Title, c.Customer, c.AmountValue is { } v ? new Money(v, c.Currency) : null, c.Owner, stage, DaysSince(c.StageEnteredAt, now))).ToList(),
                inStage.Count,
                totals));
        }

        return columns;
    }

    /// <summary>
    /// PIPE-3: the funnel of the opportunities opened in the last <paramref name="months"/> calendar months (this one
    /// included) that the user may see, and per rep and month the share of new customers that have signed since.
    /// </summary>
    public async Task<FunnelReport> FunnelAsync(BoardFilter filter, int months, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var user = await currentUser.RequireAsync();
        var now = time.GetUtcNow();
        var firstMonth = calendar.MonthOf(now).AddMonths(1 - months);
        var start = calendar.StartOf(firstMonth);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opportunities = db.Opportunities.AsNoTracking().Where(OpportunityAccess.Readable(user, db.Customers))
            .Where(o => filter.OwnerId == null || o.OwnerId == filter.OwnerId)
            .Where(o => filter.RegionId == null || o.RegionId == filter.RegionId);
        var opened = await opportunities.Where(o => o.OpenedAt >= start).Select(o => new { o.Stage, Lost = o.LostAt != null }).ToListAsync(cancellationToken);
        var steps = new List<FunnelStep>();
        foreach (var stage in Enum.GetValues<OpportunityStage>())
        {
            var reached = opened.Count(o => o.Stage >= stage);
            var previous = steps.Count == 0 ? (int?)null : steps[^1].Reached;
            steps.Add(new FunnelStep(stage, reached, previous is > 0 ? (double)reached / previous.Value : null));
        }

        var signed = opportunities.Where(o => o.Stage == OpportunityStage.Signing).Select(o => o.CustomerId);
        var newCustomers = await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user))
            .Where(c => c.FirstContactAt >= start)
            .Where(c => filter.OwnerId == null || c.OwnerId == filter.OwnerId)
            .Where(c => filter.RegionId == null || c.RegionId == filter.RegionId)
            .Select(c => new
            {
                Rep = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                c.FirstContactAt,
                Converted = signed.Contains(c.Id),
            })
            .ToListAsync(cancellationToken);
        var monthList = Enumerable.Range(0, months).Select(i => firstMonth.AddMonths(i)).Select(m => (m.Year, m.Month)).ToList();
        var conversions = newCustomers
            .GroupBy(c => (c.Rep, Month: calendar.MonthOf(c.FirstContactAt)))
            .Select(g => new RepConversion(g.Key.Rep, g.Key.Month.Year, g.Key.Month.Month, g.Count(), g.Count(c => c.Converted)))
            .OrderBy(r => r.Rep, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Month)
            .ToList();
        return new FunnelReport(steps, opened.Count(o => o.Lost), conversions, monthList);
    }

    /// <summary>The regions a user may filter the board by: all for the director and administrators, none for others.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> RegionChoicesAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (CustomerAccess.TermsScope(user.Role) != AccessScope.All)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        return regions.Select(r => (r.Id, r.Name)).ToList();
    }

    /// <summary>
    /// PIPE-1: opportunities marked signed with no signed contract (from before signing required one), for the managers
    /// who fix them; they are listed, never changed silently. Empty for everyone else.
    /// </summary>
    public async Task<IReadOnlyList<OpportunityRow>> SignedWithoutContractAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (!OpportunityAccess.CanReviewPipeline(user.Role))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RowsAsync(
            db,
            db.Opportunities.AsNoTracking().Where(OpportunityAccess.Readable(user, db.Customers))
                .Where(o => o.Stage == OpportunityStage.Signing && !db.Contracts.Any(c => c.OpportunityId == o.Id && c.SignedAt != null))
                .OrderBy(o => o.StageEnteredAt).Take(50),
            cancellationToken);
    }

    /// <summary>The customer's opportunities the user may see, open ones first, newest first.</summary>
    public async Task<IReadOnlyList<OpportunityRow>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RowsAsync(
            db,
            db.Opportunities.AsNoTracking().Where(OpportunityAccess.Readable(user, db.Customers)).Where(o => o.CustomerId == customerId)
                .OrderBy(o => o.LostAt != null).ThenByDescending(o => o.OpenedAt).Take(100),
            cancellationToken);
    }

    private async Task<IReadOnlyList<OpportunityRow>> RowsAsync(CrmDbContext db, IQueryable<Opportunity> opportunities, CancellationToken cancellationToken)
    {
        var found = await opportunities
            .Select(o => new { Opportunity = o, Owner = db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).First() })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return found.Select(f => new OpportunityRow(
            f.Opportunity.Id, f.Opportunity.Title, f.Opportunity.Stage, f.Opportunity.IsLost, f.Opportunity.Amount, f.Owner,
            DaysSince(f.Opportunity.StageEnteredAt, now), f.Opportunity.OpenedAt)).ToList();
    }

    public async Task<OpportunityView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opportunity = await db.Opportunities.AsNoTracking().Where(OpportunityAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return null;
        }

        var names = await db.Customers.AsNoTracking().Where(c => c.Id == opportunity.CustomerId)
            .Select(c => new
            {
                c.Name,
                Owner = db.Users.Where(u => u.Id == opportunity.OwnerId).Select(u => u.DisplayName).First(),
                Region = db.Regions.Where(r => r.Id == opportunity.RegionId).Select(r => r.Name).First(),
            })
            .FirstAsync(cancellationToken);
        return new OpportunityView(opportunity, names.Name, names.Owner, names.Region, DaysSince(opportunity.StageEnteredAt, time.GetUtcNow()), !opportunity.IsClosed);
    }

    /// <summary>PIPE-1: opens an opportunity at initial contact on a customer the user works; the customer's owner owns it.</summary>
    public async Task<OpportunityOpenResult> OpenAsync(Guid customerId, string title, decimal? estimate, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return new OpportunityOpenResult(null, [new ValidationError(string.Empty, "Customer.NotFound", "This customer does not exist, or you have no access to it.")]);
        }

        if (!CustomerAccess.CanEditTerms(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, "open an opportunity on", $"customer {customerId}");
            throw new AccessDeniedException("Only the customer's owner, the region's sales manager or the director open opportunities.");
        }

        try
        {
            var amount = estimate is { } value ? Money.Cny(value) : null;
            var opportunity = Opportunity.Open(customer.Id, customer.OwnerId, customer.RegionId, title, time.GetUtcNow(), amount);
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync(cancellationToken);
            logger.OpportunityChanged(opportunity.Id, "open", user.Id);
            return new OpportunityOpenResult(opportunity.Id, []);
        }
        catch (DomainValidationException e)
        {
            return new OpportunityOpenResult(null, e.Errors);
        }
        catch (DomainException e)
        {
            return new OpportunityOpenResult(null, [new ValidationError("Amount", e.Code, e.Message)]);
        }
    }

    /// <summary>PIPE-2: moves the opportunity to <paramref name="target"/> with the record of the stage it leaves.</summary>
    public Task<IReadOnlyList<ValidationError>> AdvanceAsync(Guid id, OpportunityStage target, StageRecord record, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, $"advance to {target}", (o, now) => o.AdvanceTo(target, record, Settings.MinimumNeedsAnswers, now, calendar), cancellationToken);

    public Task<IReadOnlyList<ValidationError>> LoseAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "lose", (o, now) => o.Lose(reason, now), cancellationToken);

    private async Task<IReadOnlyList<ValidationError>> ChangeAsync(Guid id, string action, Action<Opportunity, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var opportunity = await db.Opportunities.Where(OpportunityAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound;
        }

        var errors = await DomainMoves.TryAsync(
            () =>
            {
                change(opportunity, time.GetUtcNow());
                return db.SaveChangesAsync(cancellationToken);
            },
            new ValidationError(string.Empty, "Opportunity.ChangedMeanwhile", "Someone changed this opportunity a moment ago. Reload and try again."));
        if (errors.Count == 0)
        {
            logger.OpportunityChanged(opportunity.Id, action, user.Id);
        }

        return errors;
    }

    private static int DaysSince(DateTimeOffset at, DateTimeOffset now) => Math.Max(0, (int)(now - at).TotalDays);
}
