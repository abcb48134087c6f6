using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Complaints;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2/KPI-3: the figures of a period against their targets — a rep's own, a region's people, the company's regions —
/// counted by aggregate queries over the signing credits and first contacts, never by loading records. A target nobody
/// set is the company's default (<see cref="PerformanceOptions"/>): for a person directly, for a region or the company
/// the sum of what is under it. Rows are graded together by KPI-3 (<see cref="GradeScale"/>).
/// </summary>
public sealed class PerformanceService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<PerformanceOptions> options,
    IOptions<VisitOptions> visitOptions,
    IOptions<ServiceOptions> serviceOptions)
{
    public GradeScale Grades { get; } = new();

    /// <summary>The regions whose team figures the user may open (the director: all; a manager or collector: their own).</summary>
    public async Task<IReadOnlyList<PlanPerson>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        var scope = PerformanceAccess.FiguresScope(user.Role);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return scope is AccessScope.All or AccessScope.Region
            ? await db.Regions.AsNoTracking().Where(r => scope == AccessScope.All || r.Id == user.RegionId).OrderBy(r => r.Name)
                .Select(r => new PlanPerson(r.Id, r.Name)).ToListAsync(cancellationToken)
            : [];
    }

    /// <summary>
    /// The scorecard of <paramref name="period"/>: a rep's or account manager's own; a region's people for its sales
    /// manager and collectors, or for the director with <paramref name="regionId"/>; the company's regions for the director.
    /// </summary>
    public async Task<Scorecard> ScorecardAsync(Period period, Guid? regionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var user = await currentUser.RequireAsync();
        var scope = PerformanceAccess.FiguresScope(user.Role);
        var view = scope switch
        {
            AccessScope.Own => PerformanceView.Mine,
            AccessScope.Region when regionId is null || regionId == user.RegionId => PerformanceView.Team,
            AccessScope.All => regionId is null ? PerformanceView.Company : PerformanceView.Team,
            _ => throw new AccessDeniedException("You may not see these figures."),
        };
        var region = view == PerformanceView.Team ? regionId ?? user.RegionId : (Guid?)null;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var card = await BuildAsync(db, user, view, region, period, cancellationToken);
        var today = calendar.Today(time);
        var trend = await TrendAsync(db, period.Year, view, region, view == PerformanceView.Mine ? user.Id : null, card.TotalCell, card.Targets, cancellationToken);
        var (verifications, verified) = await VerifiedAsync(db, period, view == PerformanceView.Mine ? [user.RegionId] : card.RegionIds, cancellationToken);
        var rows = card.Rows.Select(r => r with
        {
            Verified = view == PerformanceView.Company ? Sum(r.Id, verified.Where(v => v.RegionId == r.Id)) : verified.Select(v => v.Figures).FirstOrDefault(f => f.PersonId == r.Id),
        }).ToList();
        if (view == PerformanceView.Team && period.Kind == PeriodKind.Month)
        {
            // KPI-3 (004): a second fail in a row is flagged to the manager.
            var before = (await BuildAsync(db, user, view, region, period.Previous, cancellationToken, gradesOnly: true)).Rows.ToDictionary(r => r.Id, r => r.Grade);
            rows = [.. rows.Select(r => r with { FailedTwiceInARow = GradeHistory.TwoFailsInARow([before.GetValueOrDefault(r.Id), r.Grade]) })];
        }

        var total = card.Total with { Verified = verifications.Count == 0 ? null : Sum(card.TotalCell.ScopeId, view == PerformanceView.Mine ? verified.Where(v => v.Figures.PersonId == user.Id) : verified) };
        var (from, to) = (period.FirstDay, period.EndDay);
        var days = today < from ? 0 : Math.Min(to.DayNumber, today.DayNumber + 1) - from.DayNumber;
        var canVerify = view == PerformanceView.Team && period.Kind == PeriodKind.Month && today >= period.EndDay && verifications.Count == 0
            && PerformanceAccess.CanVerify(user, region!.Value);
        return new Scorecard(period, view, region, rows, total, trend, days, verifications, canVerify);
    }

    /// <summary>The rows and total of one period, graded, with the targets they were measured against.</summary>
    /// <param name="gradesOnly">Only what grading needs (a previous month's grades): the shares and conversions are not counted.</param>
    private async Task<BuiltCard> BuildAsync(
        CrmDbContext db, CurrentUser? user, PerformanceView view, Guid? region, Period period, CancellationToken cancellationToken, bool gradesOnly = false)
    {
        var regions = await db.Regions.AsNoTracking().Where(r => region == null || r.Id == region).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var regionIds = regions.Select(r => r.Id).ToList();
        var people = view == PerformanceView.Mine
            ? [new PlanPerson(user!.Id, user.Name)]
            : await db.Users.AsNoTracking().Where(Audiences.TargetCarriers).Where(u => regionIds.Contains(u.RegionId)).OrderBy(u => u.DisplayName)
                .Select(u => new PlanPerson(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        var regionOf = view == PerformanceView.Mine
            ? new Dictionary<Guid, Guid> { [user!.Id] = user.RegionId }
            : await db.Users.AsNoTracking().Where(Audiences.TargetCarriers).Where(u => regionIds.Contains(u.RegionId))
                .ToDictionaryAsync(u => u.Id, u => u.RegionId, cancellationToken);
        var structure = (view == PerformanceView.Mine ? [user!.RegionId] : regionIds)
            .ToDictionary(r => r, r => (IReadOnlyList<Guid>)[.. regionOf.Where(p => p.Value == r).Select(p => p.Key)]);

        var set = db.SalesTargets.AsNoTracking().Where(t => t.Year == period.Year && (t.Kind == TargetKind.SignedAmount || t.Kind == TargetKind.NewValidCustomers));
        if (view != PerformanceView.Company)
        {
            // KPI-2: the roll-up only asks for the company, the scorecard's regions and their people, so a team's or a
            // rep's scorecard reads their targets, not the whole company's year.
            var scopeIds = structure.Keys.Concat(structure.Values.SelectMany(p => p)).ToList();
            set = set.Where(t => t.Scope == TargetScope.Company || scopeIds.Contains(t.ScopeId));
        }

        var targets = new Targets(this, structure, await set.ToListAsync(cancellationToken));
        var (from, to) = (period.FirstDay, period.EndDay);
        var minimum = options.Value.ValidCustomerMinimumAmount;
        var counted = db.SigningCredits.AsNoTracking().Where(c => c.VoidedAt == null && c.SignedOn >= from && c.SignedOn < to);
        var (start, end) = (calendar.StartOf(period), calendar.EndOf(period));
        var firstContacts = db.OwnershipLedger.AsNoTracking().Where(r => r.Change == OwnershipChange.FirstContact && r.At >= start && r.At < end);
        // KPI-2's monthly conversion: the period's first contacts that became valid customers by the period's end.
        var converted = firstContacts.Where(r => db.SigningCredits.Any(c => c.CustomerId == r.CustomerId && c.FirstForCustomer && c.VoidedAt == null && c.SignedOn < to && c.Amount >= minimum));
        var settings = options.Value;
        var rates = new ScorecardRates(db, calendar, settings, visitOptions.Value.VisitsPerQuarter, serviceOptions.Value.FirstResponseWithin);
        var now = time.GetUtcNow();

        List<ScorecardRow> rows;
        if (view == PerformanceView.Company)
        {
            var signed = await counted.GroupBy(c => c.RegionId)
                .Select(g => new Counted(g.Key, g.Sum(c => c.Amount), g.Count(c => c.FirstForCustomer && c.Amount >= minimum))).ToDictionaryAsync(c => c.Id, cancellationToken);
            // Counted per owner along the ledger's index, then summed by the owner's region: joining every line to its user costs more.
            var byOwner = await firstContacts.GroupBy(r => r.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var owners = byOwner.Select(o => o.Key).ToList();
            var regionOfOwner = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.RegionId, cancellationToken);
            var leads = ByRegion(byOwner.Select(o => (o.Key, o.Count)), regionOfOwner);
            var byConverted = gradesOnly ? [] : await converted.GroupBy(r => r.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var conversions = ByRegion(byConverted.Select(o => (o.Key, o.Count)), regionOfOwner);
            var shares = gradesOnly ? NoShares(regionIds) : await rates.CountAsync(period, byRegion: true, regionIds, now, cancellationToken);
            rows = [.. regions.Select(r => Row(r.Id, r.Name, new TargetCell(TargetScope.Region, r.Id, period), signed.GetValueOrDefault(r.Id),
                leads.GetValueOrDefault(r.Id), conversions.GetValueOrDefault(r.Id), shares[r.Id], targets))];
        }
        else
        {
            var ids = people.Select(p => p.Id).ToList();
            var signed = await counted.Where(c => ids.Contains(c.RepId)).GroupBy(c => c.RepId)
                .Select(g => new Counted(g.Key, g.Sum(c => c.Amount), g.Count(c => c.FirstForCustomer && c.Amount >= minimum))).ToDictionaryAsync(c => c.Id, cancellationToken);
            var leads = await firstContacts.Where(r => ids.Contains(r.OwnerId)).GroupBy(r => r.OwnerId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var conversions = gradesOnly ? [] : await converted.Where(r => ids.Contains(r.OwnerId)).GroupBy(r => r.OwnerId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var shares = gradesOnly ? NoShares(ids) : await rates.CountAsync(period, byRegion: false, ids, now, cancellationToken);
            rows = [.. people.Select(p => Row(p.Id, p.Name, new TargetCell(TargetScope.Person, p.Id, period), signed.GetValueOrDefault(p.Id),
                leads.GetValueOrDefault(p.Id), conversions.GetValueOrDefault(p.Id), shares[p.Id], targets))];
        }

        var graded = Grades.Grade(rows.Select(r => (r.Id, r.SignedAmount.Attainment.Percent)));
        rows = [.. rows.Select(r => r with { Grade = graded.TryGetValue(r.Id, out var grade) ? grade : null })];
        var totalCell = view switch
        {
            PerformanceView.Company or PerformanceView.Everyone => TargetCell.Company(period),
            PerformanceView.Team => new TargetCell(TargetScope.Region, region!.Value, period),
            _ => new TargetCell(TargetScope.Person, user!.Id, period),
        };
        var total = new ScorecardRow(totalCell.ScopeId, string.Empty,
            new Figure(rows.Sum(r => r.SignedAmount.Actual), targets.For(TargetKind.SignedAmount, totalCell), targets.IsDefault(TargetKind.SignedAmount, totalCell)),
            new Figure(rows.Sum(r => r.NewValidCustomers.Actual), targets.For(TargetKind.NewValidCustomers, totalCell), targets.IsDefault(TargetKind.NewValidCustomers, totalCell)),
            rows.Sum(r => r.LeadsRegistered), null)
        {
            Collection = RateFigure.Sum(rows.Select(r => r.Collection), settings.CollectionRateTarget),
            Conversion = RateFigure.Sum(rows.Select(r => r.Conversion), settings.ConversionRateTarget),
            ATierCoverage = RateFigure.Sum(rows.Select(r => r.ATierCoverage), settings.ATierCoverageTarget),
            FirstResponse = RateFigure.Sum(rows.Select(r => r.FirstResponse), settings.FirstResponseRateTarget),
        };
        return new BuiltCard(rows, total, totalCell, targets, regionIds);
    }

    /// <summary>
    /// KPI-3's ranking of a period across the company: the sales champions (signed amount), the most new valid
    /// customers and the best collection rate, each the top <paramref name="size"/> of every rep and account manager,
    /// with where the signed-in person stands. Boards are what a sales floor pins up, so every user of the performance
    /// pages sees them; they show a person's name, region and the one figure ranked, never a record.
    /// </summary>
    public async Task<Ranking> RankingAsync(Period period, int size = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var user = await currentUser.RequireAsync();
        if (PerformanceAccess.FiguresScope(user.Role) == AccessScope.None)
        {
            throw new AccessDeniedException("You may not see the rankings.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var card = await BuildAsync(db, user, PerformanceView.Everyone, null, period, cancellationToken);
        var regionOf = await db.Users.AsNoTracking().Where(Audiences.TargetCarriers)
            .Join(db.Regions, u => u.RegionId, r => r.Id, (u, r) => new { u.Id, Region = r.Name }).ToDictionaryAsync(u => u.Id, u => u.Region, cancellationToken);

        RankingBoard Board(Func<ScorecardRow, decimal?> value) =>
            RankingBoard.Of(card.Rows.Select(r => new RankingPlace(0, r.Id, r.Name, regionOf.GetValueOrDefault(r.Id, string.Empty), value(r) ?? 0m)), size, user.Id);

        return new Ranking(period,
            Board(r => r.SignedAmount.Actual),
            Board(r => r.NewValidCustomers.Actual),
            Board(r => r.Collection.Percent));
    }

    /// <summary>
    /// KPI-3 (004): in the first <see cref="PerformanceOptions.FlagTwoFailsWithinDays"/> days of a month, each region's
    /// sales manager is told once of every person of the region graded fail last month and the month before. Runs
    /// without a user (<see cref="PerformanceJob"/>); returns how many were told.
    /// </summary>
    public async Task<int> FlagTwoFailsAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = calendar.DayOf(now);
        if (today.Day > options.Value.FlagTwoFailsWithinDays)
        {
            return 0;
        }

        var month = Period.Containing(PeriodKind.Month, today).Previous;
        var detail = month.ToString();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().Where(r => r.SalesManagerId != null).Select(r => new { r.Id, Manager = r.SalesManagerId!.Value }).ToListAsync(cancellationToken);
        var told = 0;
        foreach (var region in regions)
        {
            var graded = (await BuildAsync(db, null, PerformanceView.Team, region.Id, month, cancellationToken, gradesOnly: true)).Rows;
            var before = (await BuildAsync(db, null, PerformanceView.Team, region.Id, month.Previous, cancellationToken, gradesOnly: true)).Rows.ToDictionary(r => r.Id, r => r.Grade);
            var failed = graded.Where(r => GradeHistory.TwoFailsInARow([before.GetValueOrDefault(r.Id), r.Grade])).Select(r => r.Name).ToList();
            var already = await db.Notifications.AsNoTracking()
                .Where(n => n.RecipientId == region.Manager && n.Kind == NotificationKind.FailedTwiceInARow && n.Detail == detail && failed.Contains(n.Subject))
                .Select(n => n.Subject).ToListAsync(cancellationToken);
            var fresh = failed.Except(already).ToList();
            db.Notifications.AddRange(fresh.Select(name => Notification.For(region.Manager, NotificationKind.FailedTwiceInARow, name, detail, PerformanceEndpoints.PageLink(month), now)));
            told += fresh.Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        return told;
    }

    /// <summary>
    /// KPI-2: finance verifies a region's past month: the region's team scorecard as it stands is frozen. Later changes
    /// show as a difference against it (<see cref="ScorecardRow.Verified"/>).
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> VerifyMonthAsync(Period month, Guid regionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(month);
        var user = await currentUser.RequireAsync();
        if (!PerformanceAccess.CanVerify(user, regionId))
        {
            throw new AccessDeniedException("Only finance of the region, the director and administrators verify a month.");
        }

        var card = await ScorecardAsync(month, regionId, cancellationToken);
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        try
        {
            db.MonthVerifications.Add(MonthVerification.Verify(regionId, month,
                card.Rows.Select(r => new VerifiedFigures(r.Id, r.SignedAmount.Actual, (int)r.NewValidCustomers.Actual, r.LeadsRegistered, r.Collection.Part, r.Collection.Whole)), user.Id, time.GetUtcNow(), calendar));
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DomainException e)
        {
            return [new ValidationError(string.Empty, e.Code, e.Message)];
        }
        catch (DbUpdateException)
        {
            return [new ValidationError(string.Empty, "Performance.AlreadyVerified", "This month was verified a moment ago. Reload to see it.")];
        }
    }

    /// <summary>
    /// KPI-4: a region's team reward for a quarter: a percent of what its new customers (first counted signing in the
    /// quarter) signed in the quarter, and the extra reward when enough of them are A-tier now. Computed and reported
    /// only; payroll pays it.
    /// </summary>
    public async Task<TeamRewardReport> TeamRewardAsync(Period quarter, Guid regionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var user = await currentUser.RequireAsync();
        var scope = PerformanceAccess.FiguresScope(user.Role);
        if (quarter.Kind != PeriodKind.Quarter)
        {
            throw new ArgumentException("Team rewards are per quarter.", nameof(quarter));
        }

        if (!(scope == AccessScope.All || (scope == AccessScope.Region && regionId == user.RegionId)))
        {
            throw new AccessDeniedException("You may not see this region's team reward.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (from, to) = (quarter.FirstDay, quarter.EndDay);
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var newCustomers = db.SigningCredits.Where(c => c.VoidedAt == null && c.FirstForCustomer && c.RegionId == regionId && c.SignedOn >= from && c.SignedOn < to)
            .Select(c => c.CustomerId);
        var signings = await db.SigningCredits.AsNoTracking()
            .Where(c => c.VoidedAt == null && c.RegionId == regionId && c.SignedOn >= from && c.SignedOn < to && newCustomers.Contains(c.CustomerId))
            .Join(db.Customers, c => c.CustomerId, k => k.Id, (c, k) => new { c.ContractId, c.ContractNumber, c.CustomerId, Customer = k.Name, c.SignedOn, c.SignedAt, c.Amount })
            .ToListAsync(cancellationToken);

        // A new version credits its difference: a contract counts once, with what its versions add up to.
        signings = [.. signings.GroupBy(c => c.ContractNumber)
            .Select(g => g.OrderBy(c => c.SignedAt).First() with { Amount = g.Sum(c => c.Amount) })
            .Where(c => c.Amount > 0)
            .OrderBy(c => c.SignedOn).ThenBy(c => c.ContractNumber, StringComparer.Ordinal)];
        var aTier = await db.Customers.AsNoTracking().Where(Tiers.ATier.Graded(Domain.Customers.Tier.A)).Where(k => newCustomers.Contains(k.Id))
            .Select(k => k.Id).ToListAsync(cancellationToken);
        var policy = options.Value.RewardPolicy;
        var reward = TeamReward.Compute([.. signings.Select(c => new RewardContribution(c.ContractId, c.CustomerId, c.Amount))], aTier.Count, policy);
        var contracts = signings.Zip(reward.Lines, (c, line) =>
            new TeamRewardContract(c.ContractId, c.ContractNumber, c.Customer, c.SignedOn, c.Amount, line.Reward, aTier.Contains(c.CustomerId))).ToList();
        return new TeamRewardReport(regionId, region, quarter, reward, contracts, policy);
    }

    private static async Task<(IReadOnlyList<VerificationInfo> Verifications, IReadOnlyList<(Guid RegionId, VerifiedFigures Figures)> Figures)> VerifiedAsync(
        CrmDbContext db, Period period, IReadOnlyList<Guid> regionIds, CancellationToken cancellationToken)
    {
        if (period.Kind != PeriodKind.Month)
        {
            return ([], []);
        }

        var stored = await db.MonthVerifications.AsNoTracking().Where(v => v.Year == period.Year && v.Month == period.Number && regionIds.Contains(v.RegionId))
            .ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => stored.Select(v => v.VerifiedById).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return (
            [.. stored.Select(v => new VerificationInfo(v.RegionId, regions.GetValueOrDefault(v.RegionId, string.Empty), names.GetValueOrDefault(v.VerifiedById, string.Empty), v.VerifiedAt))],
            [.. stored.SelectMany(v => v.Figures.Select(f => (v.RegionId, f)))]);
    }

    private static VerifiedFigures? Sum(Guid id, IEnumerable<(Guid RegionId, VerifiedFigures Figures)> figures)
    {
        var list = figures.Select(f => f.Figures).ToList();
        return list.Count == 0 ? null : new VerifiedFigures(id, list.Sum(f => f.SignedAmount), list.Sum(f => f.NewValidCustomers), list.Sum(f => f.LeadsRegistered),
            SumOrNull(list.Select(f => f.Collected)), SumOrNull(list.Select(f => f.Due)));
    }

    /// <summary>The sum, or null when no value is there (a month verified before the snapshot held it).</summary>
    private static decimal? SumOrNull(IEnumerable<decimal?> values) => values.Any(v => v is not null) ? values.Sum() : null;

    private ScorecardRow Row(Guid id, string name, TargetCell cell, Counted? counted, int leads, int converted, RowRates rates, Targets targets) =>
        new(id, name,
            new Figure(counted?.Amount ?? 0m, targets.For(TargetKind.SignedAmount, cell), targets.IsDefault(TargetKind.SignedAmount, cell)),
            new Figure(counted?.NewCustomers ?? 0, targets.For(TargetKind.NewValidCustomers, cell), targets.IsDefault(TargetKind.NewValidCustomers, cell)),
            leads, null)
        {
            Collection = rates.Collection,
            Conversion = RateFigure.Of(converted, leads, options.Value.ConversionRateTarget),
            ATierCoverage = rates.ATierCoverage,
            FirstResponse = rates.FirstResponse,
        };

    private static Dictionary<Guid, RowRates> NoShares(IEnumerable<Guid> ids) =>
        ids.ToDictionary(id => id, _ => new RowRates(RateFigure.None, RateFigure.None, RateFigure.None));

    /// <summary>Counts per owner summed by the owner's region; an owner of no counted region is left out.</summary>
    private static Dictionary<Guid, int> ByRegion(IEnumerable<(Guid Owner, int Count)> byOwner, Dictionary<Guid, Guid> regionOfOwner) =>
        byOwner.Where(o => regionOfOwner.ContainsKey(o.Owner)).GroupBy(o => regionOfOwner[o.Owner]).ToDictionary(g => g.Key, g => g.Sum(o => o.Count));

    private static async Task<IReadOnlyList<TrendPoint>> TrendAsync(
        CrmDbContext db, int year, PerformanceView view, Guid? region, Guid? person, TargetCell total, Targets targets, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var credits = db.SigningCredits.AsNoTracking().Where(c => c.VoidedAt == null && c.SignedOn >= from && c.SignedOn < to);
        credits = view switch
        {
            PerformanceView.Mine => credits.Where(c => c.RepId == person),
            PerformanceView.Team => credits.Where(c => c.RegionId == region),
            _ => credits,
        };
        // Summed per day along the signing-day indexes, then per month here: grouping by the month's number reads every row.
        var days = await credits.GroupBy(c => c.SignedOn).Select(g => new { g.Key, Amount = g.Sum(c => c.Amount) }).ToListAsync(cancellationToken);
        var months = days.GroupBy(d => d.Key.Month).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        return [.. Period.OfYear(year).Months.Select(m => new TrendPoint(m, months.GetValueOrDefault(m.Number), targets.For(TargetKind.SignedAmount, total with { Period = m })))];
    }

    /// <summary>A person's target for a month nobody set: the company's default (a third of the quarter's, to the yuan).</summary>
    private decimal Default(TargetKind kind, Period month)
    {
        var settings = options.Value;
        return kind == TargetKind.NewValidCustomers
            ? settings.RepMonthNewValidCustomers
            : TargetSplit.Evenly(settings.RepQuarterSignedAmount, 3)[(month.Number - 1) % 3];
    }

    private sealed record Counted(Guid Id, decimal Amount, int NewCustomers);

    private sealed record BuiltCard(IReadOnlyList<ScorecardRow> Rows, ScorecardRow Total, TargetCell TotalCell, Targets Targets, IReadOnlyList<Guid> RegionIds);

    /// <summary>The targets of the scorecard's year, rolled up, with the defaults for the people nobody set one for.</summary>
    private sealed class Targets(PerformanceService owner, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> structure, IReadOnlyList<SalesTarget> set)
    {
        private readonly Dictionary<TargetKind, TargetRollUp> _rollUps = new()
        {
            [TargetKind.SignedAmount] = new TargetRollUp(set.Where(t => t.Kind == TargetKind.SignedAmount), structure),
            [TargetKind.NewValidCustomers] = new TargetRollUp(set.Where(t => t.Kind == TargetKind.NewValidCustomers), structure),
        };

        /// <summary>
        /// A person's target is theirs, else the sum of their months', each set or the default — so a quarter with one
        /// month set still counts the other two. A region's or the company's is theirs or rolled up, else the sum of
        /// the people's or regions'.
        /// </summary>
        public decimal? For(TargetKind kind, TargetCell cell) => cell.Scope switch
        {
            TargetScope.Person => _rollUps[kind].SetFor(cell)
                ?? (cell.Period.Kind == PeriodKind.Month ? owner.Default(kind, cell.Period) : Sum(kind, cell.Period.Parts.Select(p => cell with { Period = p }))),
            TargetScope.Region => _rollUps[kind].For(cell) ?? Sum(kind, structure.GetValueOrDefault(cell.ScopeId, []).Select(p => new TargetCell(TargetScope.Person, p, cell.Period))),
            _ => _rollUps[kind].For(cell) ?? Sum(kind, structure.Keys.Select(r => new TargetCell(TargetScope.Region, r, cell.Period))),
        };

        public bool IsDefault(TargetKind kind, TargetCell cell) => _rollUps[kind].For(cell) is null;

        private decimal? Sum(TargetKind kind, IEnumerable<TargetCell> cells)
        {
            var values = cells.Select(c => For(kind, c)).Where(v => v is not null).ToList();
            return values.Count == 0 ? null : values.Sum();
        }
    }
}
