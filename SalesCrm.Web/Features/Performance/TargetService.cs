using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-1: setting targets top down and splitting them. The director sets the company's year and splits it into the
/// regions' years; a region's sales manager splits the region's year into quarters, a quarter into months and a month
/// into the region's reps and account managers. A split is saved whole or not at all, and only when its parts add up to
/// what they split; otherwise the message says by how much they differ. Every target is audited (<c>SalesTarget</c>).
/// </summary>
public sealed class TargetService(IDbContextFactory<CrmDbContext> dbFactory, CurrentUserAccessor currentUser, TimeProvider time, ILogger<TargetService> logger)
{
    /// <summary>The targets of <paramref name="kind"/> in <paramref name="year"/> for the regions the user may see.</summary>
    public async Task<TargetPlan> PlanAsync(TargetKind kind, int year, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (regions, targets) = await ReadAsync(db, user, kind, year, cancellationToken);
        return new TargetPlan(kind, year, regions, RollUp(regions, targets), PerformanceAccess.CanSet(user, TargetCell.Company(Period.OfYear(year)), Guid.Empty));
    }

    /// <summary>KPI-1: sets one target (the company's year, a region's year), or clears it with null.</summary>
    public async Task<IReadOnlyList<ValidationError>> SetAsync(TargetKind kind, TargetCell cell, decimal? amount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return await SaveAsync(kind, cell, [new TargetPart(cell, amount)], mustAddUp: false, cancellationToken);
    }

    /// <summary>
    /// KPI-1: sets the parts <paramref name="parent"/> splits into — its quarters or months, or the regions or people
    /// under it in the same period — all of them, adding up to the parent's target.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> SplitAsync(TargetKind kind, TargetCell parent, IReadOnlyList<TargetPart> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(parts);
        return await SaveAsync(kind, parent, parts, mustAddUp: true, cancellationToken);
    }

    private async Task<IReadOnlyList<ValidationError>> SaveAsync(TargetKind kind, TargetCell parent, IReadOnlyList<TargetPart> parts, bool mustAddUp, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var (regions, targets) = await ReadAsync(db, user, kind, parent.Period.Year, cancellationToken);
        var regionOf = regions.SelectMany(r => r.People.Select(p => (p.Id, Region: r.Id)).Append((r.Id, Region: r.Id))).ToDictionary(x => x.Id, x => x.Region);
        if (parts.Any(p => !CanSet(user, p.Cell, regionOf)))
        {
            logger.TargetRefused(user.Id, parent.Scope, parent.ScopeId, parent.Period.ToString());
            throw new AccessDeniedException("You may not set these targets.");
        }

        var errors = new ValidationErrors();
        for (var i = 0; i < parts.Count; i++)
        {
            var field = mustAddUp ? $"Parts[{i}]" : "Amount";
            if (parts[i].Amount is not { } amount)
            {
                errors.Add(field, "Target.AmountRequired", "Give the target amount.");
            }
            else
            {
                errors.AddIf(field, SalesTarget.Check(kind, amount));
            }
        }

        if (mustAddUp && errors.Items.Count == 0)
        {
            var rollUp = RollUp(regions, targets);
            var expected = PartsOf(parent, regions);
            if (parts.Count != expected.Count || parts.Any(p => !expected.Contains(p.Cell)))
            {
                throw new ArgumentException("The parts are not what the target splits into.", nameof(parts));
            }

            if (rollUp.For(parent) is not { } total)
            {
                errors.Add("Parts", "Target.NothingToSplit", "Set the target being split first.");
            }
            else if (TargetSplit.Difference(total, parts.Select(p => p.Amount!.Value)) is var difference && difference != 0)
            {
                errors.Add("Parts", "Target.PartsDoNotAddUp", string.Create(CultureInfo.InvariantCulture,
                    $"The parts add up to {total + difference:N0}: {Math.Abs(difference):N0} {(difference > 0 ? "more" : "less")} than the target of {total:N0}."));
            }
        }

        if (errors.Items.Count > 0)
        {
            return errors.Items;
        }

        var now = time.GetUtcNow();
        foreach (var part in parts)
        {
            var stored = targets.FirstOrDefault(t => t.Scope == part.Cell.Scope && t.ScopeId == part.Cell.ScopeId && t.Period == part.Cell.Period);
            if (stored is null)
            {
                db.SalesTargets.Add(SalesTarget.For(kind, part.Cell.Scope, part.Cell.ScopeId, part.Cell.Period, part.Amount!.Value, user.Id, now));
            }
            else
            {
                db.SalesTargets.Attach(stored);
                stored.Change(part.Amount!.Value, user.Id, now);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return [new ValidationError(string.Empty, "Target.ChangedMeanwhile", "Someone set this target a moment ago. Reload and try again.")];
        }

        logger.TargetsSet(user.Id, kind, parent.Scope, parent.ScopeId, parent.Period.ToString(), parts.Count);
        return [];
    }

    /// <summary>What a cell splits into: its quarters or months if it has them, else the regions or people under it.</summary>
    public static IReadOnlyList<TargetCell> PartsOf(TargetCell parent, IReadOnlyList<PlanRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(regions);
        return parent switch
        {
            { Scope: TargetScope.Company, Period.Kind: PeriodKind.Year } => [.. regions.Select(r => new TargetCell(TargetScope.Region, r.Id, parent.Period))],
            { Scope: TargetScope.Region, Period.Kind: PeriodKind.Year or PeriodKind.Quarter } => [.. parent.Period.Parts.Select(p => parent with { Period = p })],
            { Scope: TargetScope.Region, Period.Kind: PeriodKind.Month } =>
                [.. regions.Where(r => r.Id == parent.ScopeId).SelectMany(r => r.People).Select(p => new TargetCell(TargetScope.Person, p.Id, parent.Period))],
            _ => [],
        };
    }

    private static bool CanSet(CurrentUser user, TargetCell cell, Dictionary<Guid, Guid> regionOf) =>
        cell.Scope == TargetScope.Company ? PerformanceAccess.CanSet(user, cell, Guid.Empty)
        : regionOf.TryGetValue(cell.ScopeId, out var region) && PerformanceAccess.CanSet(user, cell, region);

    private static TargetRollUp RollUp(IReadOnlyList<PlanRegion> regions, IReadOnlyList<SalesTarget> targets) =>
        new(targets, regions.ToDictionary(r => r.Id, r => (IReadOnlyList<Guid>)[.. r.People.Select(p => p.Id)]));

    private static async Task<(IReadOnlyList<PlanRegion> Regions, IReadOnlyList<SalesTarget> Targets)> ReadAsync(
        CrmDbContext db, CurrentUser user, TargetKind kind, int year, CancellationToken cancellationToken)
    {
        var scope = PerformanceAccess.FiguresScope(user.Role);
        if (!PerformanceAccess.CanPlanTargets(user.Role) || scope is not (AccessScope.All or AccessScope.Region))
        {
            throw new AccessDeniedException("Only the director, administrators and sales managers plan targets.");
        }

        var regions = await db.Regions.AsNoTracking().Where(r => scope == AccessScope.All || r.Id == user.RegionId)
            .OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var ids = regions.Select(r => r.Id).ToList();
        var people = await db.Users.AsNoTracking().Where(Audiences.TargetCarriers).Where(u => ids.Contains(u.RegionId))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.RegionId }).ToListAsync(cancellationToken);
        var planRegions = regions.Select(r => new PlanRegion(r.Id, r.Name,
            [.. people.Where(p => p.RegionId == r.Id).Select(p => new PlanPerson(p.Id, p.DisplayName))],
            CanSplit: PerformanceAccess.CanSet(user, new TargetCell(TargetScope.Region, r.Id, Period.Quarter(year, 1)), r.Id),
            CanSetYear: PerformanceAccess.CanSet(user, new TargetCell(TargetScope.Region, r.Id, Period.OfYear(year)), r.Id))).ToList();

        var scopeIds = ids.Concat(people.Select(p => p.Id)).Append(Guid.Empty).ToList();
        var targets = await db.SalesTargets.AsNoTracking()
            .Where(t => t.Kind == kind && t.Year == year && scopeIds.Contains(t.ScopeId) && (scope == AccessScope.All || t.Scope != TargetScope.Company))
            .ToListAsync(cancellationToken);
        return (planRegions, targets);
    }
}
