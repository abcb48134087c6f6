using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-1: the start-of-month target talks and the end-of-quarter review. A region's sales manager records each
/// person's talk and the person acknowledges it; a person who missed the quarter's signed-amount target (from the
/// CRM's own figures) submits an improvement plan, which the manager approves or sends back, and its actions are
/// ticked off. A rep sees their own; a manager their region; the director everyone.
/// </summary>
public sealed class ReviewService(
    IDbContextFactory<CrmDbContext> dbFactory, CurrentUserAccessor currentUser, PerformanceService performance, TimeProvider time, CompanyCalendar calendar)
{
    /// <summary>The month's talks of the people the user sees (a rep: their own).</summary>
    public async Task<IReadOnlyList<TalkRow>> TalksAsync(Period month, Guid? regionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(month);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = await PeopleAsync(db, user, regionId, cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var talks = await db.TargetTalks.AsNoTracking().Where(t => t.Year == month.Year && t.Month == month.Number && ids.Contains(t.PersonId))
            .ToDictionaryAsync(t => t.PersonId, cancellationToken);
        var heldBy = await db.Users.AsNoTracking().Where(u => talks.Values.Select(t => t.HeldById).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. people.Select(p => talks.TryGetValue(p.Id, out var t)
            ? new TalkRow(p.Id, p.Name, t.Id, t.HeldOn, t.AgreedTarget, t.Notes, heldBy.GetValueOrDefault(t.HeldById), t.AcknowledgedAt,
                !t.IsAcknowledged && PerformanceAccess.LeadsPerson(user, p.RegionId), !t.IsAcknowledged && t.PersonId == user.Id)
            : new TalkRow(p.Id, p.Name, null, null, null, null, null, null, PerformanceAccess.LeadsPerson(user, p.RegionId), false))];
    }

    /// <summary>KPI-1: records (or corrects, until acknowledged) the month's talk with <paramref name="personId"/>.</summary>
    public async Task<IReadOnlyList<ValidationError>> RecordTalkAsync(Guid personId, Period month, TalkForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var person = await db.Users.AsNoTracking().Where(Audiences.TargetCarriers).Where(u => u.Id == personId).Select(u => new { u.Id, u.RegionId }).FirstOrDefaultAsync(cancellationToken);
        if (person is null || !PerformanceAccess.LeadsPerson(user, person.RegionId))
        {
            throw new AccessDeniedException("Only the person's sales manager or the director records their target talk.");
        }

        var errors = new ValidationErrors();
        if (form.HeldOn is null)
        {
            errors.Add(nameof(TalkForm.HeldOn), "Talk.HeldOnRequired", "Give the day of the talk.");
        }

        if (form.AgreedTarget is null)
        {
            errors.Add(nameof(TalkForm.AgreedTarget), "Target.AmountRequired", "Give the target amount.");
        }

        if (errors.Items.Count > 0)
        {
            return errors.Items;
        }

        return await SaveAsync(db, async () =>
        {
            var heldOn = DateOnly.FromDateTime(form.HeldOn!.Value);
            var talk = await db.TargetTalks.FirstOrDefaultAsync(t => t.PersonId == personId && t.Year == month.Year && t.Month == month.Number, cancellationToken);
            if (talk is null)
            {
                db.TargetTalks.Add(TargetTalk.Record(personId, person.RegionId, month, heldOn, form.AgreedTarget!.Value, form.Notes, user.Id, time.GetUtcNow(), calendar));
            }
            else
            {
                talk.Correct(heldOn, form.AgreedTarget!.Value, form.Notes, user.Id, time.GetUtcNow(), calendar);
            }
        }, cancellationToken);
    }

    /// <summary>KPI-1: the person confirms their month's talk.</summary>
    public async Task<IReadOnlyList<ValidationError>> AcknowledgeTalkAsync(Guid talkId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var talk = await db.TargetTalks.FirstOrDefaultAsync(t => t.Id == talkId && t.PersonId == user.Id, cancellationToken)
            ?? throw new AccessDeniedException("Only the person the talk was with acknowledges it.");
        return await SaveAsync(db, () =>
        {
            talk.Acknowledge(user.Id, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>The quarter's improvement plans of the people the user sees.</summary>
    public async Task<IReadOnlyList<PlanRow>> PlansAsync(Period quarter, Guid? regionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = (await PeopleAsync(db, user, regionId, cancellationToken)).ToDictionary(p => p.Id);
        var ids = people.Keys.ToList();
        var plans = await db.ImprovementPlans.AsNoTracking().Where(p => p.Year == quarter.Year && p.Quarter == quarter.Number && ids.Contains(p.PersonId)).ToListAsync(cancellationToken);
        return [.. plans.OrderBy(p => people[p.PersonId].Name, StringComparer.CurrentCulture).Select(p => new PlanRow(
            p.Id, p.PersonId, people[p.PersonId].Name, p.Status, p.Analysis, p.Steps, p.ReviewComment, p.SubmittedAt,
            p.Status == ImprovementPlanStatus.Submitted && p.PersonId != user.Id && PerformanceAccess.LeadsPerson(user, p.RegionId),
            p.PersonId == user.Id))];
    }

    /// <summary>
    /// KPI-1 (004): the user submits (or, once sent back, submits again) their plan for a quarter that is over and whose
    /// signed-amount target they missed by the CRM's own figures.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> SubmitPlanAsync(Period quarter, string? analysis, IReadOnlyList<ImprovementStep> steps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(steps);
        var user = await currentUser.RequireAsync();
        if (PerformanceAccess.FiguresScope(user.Role) != AccessScope.Own)
        {
            throw new AccessDeniedException("Improvement plans are written by the reps and account managers who missed a target.");
        }

        if (calendar.Today(time) < quarter.EndDay)
        {
            return [new ValidationError(string.Empty, "Plan.QuarterNotOver", "A plan follows the quarter's review, once the quarter is over.")];
        }

        var own = (await performance.ScorecardAsync(quarter, cancellationToken: cancellationToken)).Rows.Single();
        if (own.SignedAmount.Attainment.Met)
        {
            return [new ValidationError(string.Empty, "Plan.TargetMet", "You met this quarter's target: no improvement plan is needed.")];
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        return await SaveAsync(db, async () =>
        {
            var plan = await db.ImprovementPlans.FirstOrDefaultAsync(p => p.PersonId == user.Id && p.Year == quarter.Year && p.Quarter == quarter.Number, cancellationToken);
            if (plan is null)
            {
                db.ImprovementPlans.Add(ImprovementPlan.Submit(user.Id, user.RegionId, quarter, analysis, steps, time.GetUtcNow()));
            }
            else
            {
                plan.Resubmit(user.Id, analysis, steps, time.GetUtcNow());
            }
        }, cancellationToken);
    }

    /// <summary>KPI-1: the person's manager approves the plan, or sends it back with what it needs (<paramref name="comment"/>).</summary>
    public async Task<IReadOnlyList<ValidationError>> DecidePlanAsync(Guid planId, bool approve, string? comment, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var plan = await db.ImprovementPlans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || !PerformanceAccess.LeadsPerson(user, plan.RegionId))
        {
            throw new AccessDeniedException("Only the person's sales manager or the director decides their plan.");
        }

        return await SaveAsync(db, () =>
        {
            if (approve)
            {
                plan.Approve(user.Id, time.GetUtcNow());
            }
            else
            {
                plan.SendBack(user.Id, comment, time.GetUtcNow());
            }

            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>KPI-1: the person ticks off an action of their approved plan.</summary>
    public async Task<IReadOnlyList<ValidationError>> CompleteStepAsync(Guid planId, int index, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var plan = await db.ImprovementPlans.FirstOrDefaultAsync(p => p.Id == planId && p.PersonId == user.Id, cancellationToken)
            ?? throw new AccessDeniedException("Only the person whose plan it is ticks off its actions.");
        return await SaveAsync(db, () =>
        {
            plan.CompleteStep(user.Id, index, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);
    }

    private static async Task<IReadOnlyList<ValidationError>> SaveAsync(CrmDbContext db, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }
        catch (DomainException e)
        {
            return [new ValidationError(string.Empty, e.Code, e.Message)];
        }
        catch (DbUpdateException)
        {
            return [new ValidationError(string.Empty, "Review.ChangedMeanwhile", "Someone changed this a moment ago. Reload and try again.")];
        }
    }

    private static async Task<IReadOnlyList<(Guid Id, string Name, Guid RegionId)>> PeopleAsync(CrmDbContext db, CurrentUser user, Guid? regionId, CancellationToken cancellationToken)
    {
        var scope = PerformanceAccess.CanOpenReviews(user.Role) ? PerformanceAccess.FiguresScope(user.Role) : AccessScope.None;
        var region = regionId ?? user.RegionId;
        var query = db.Users.AsNoTracking().Where(Audiences.TargetCarriers);
        query = scope switch
        {
            AccessScope.Own => query.Where(u => u.Id == user.Id),
            AccessScope.Region when region == user.RegionId => query.Where(u => u.RegionId == region),
            AccessScope.All => query.Where(u => u.RegionId == region),
            _ => throw new AccessDeniedException("You may not see these talks and reviews."),
        };
        return [.. (await query.OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.RegionId }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.DisplayName, u.RegionId))];
    }
}
