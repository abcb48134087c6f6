using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-1 (004: 未完成目标者提交改进计划): a person who missed a quarter's target submits what went wrong and the actions
/// they will take; their sales manager approves the plan or sends it back with a comment, and it is submitted again.
/// The actions of an approved plan are ticked off as they are done. One plan per person and quarter.
/// </summary>
public sealed class ImprovementPlan : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int MaxSteps = 20;

    private readonly List<ImprovementStep> _steps = [];

    private ImprovementPlan()
    {
        Analysis = string.Empty;
    }

    public Guid PersonId { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public ImprovementPlanStatus Status { get; private set; }
    public string Analysis { get; private set; }
    public IReadOnlyList<ImprovementStep> Steps => _steps;
    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? ReviewComment { get; private set; }

    public Period Period => Period.Quarter(Year, Quarter);

    public static ImprovementPlan Submit(Guid personId, Guid regionId, Period quarter, string? analysis, IReadOnlyList<ImprovementStep> steps, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        if (quarter.Kind != PeriodKind.Quarter)
        {
            throw new ArgumentException("An improvement plan is for a quarter.", nameof(quarter));
        }

        var plan = new ImprovementPlan { PersonId = personId, RegionId = regionId, Year = quarter.Year, Quarter = quarter.Number };
        plan.Write(analysis, steps, now);
        return plan;
    }

    /// <summary>Submits the plan again after it was sent back.</summary>
    public void Resubmit(Guid byId, string? analysis, IReadOnlyList<ImprovementStep> steps, DateTimeOffset now)
    {
        RequirePerson(byId);
        if (Status != ImprovementPlanStatus.SentBack)
        {
            throw new DomainException("Plan.NotSentBack", "Only a plan sent back is submitted again.");
        }

        Write(analysis, steps, now);
    }

    public void Approve(Guid managerId, DateTimeOffset now) => Decide(managerId, ImprovementPlanStatus.Approved, null, now);

    public void SendBack(Guid managerId, string? comment, DateTimeOffset now) =>
        Decide(managerId, ImprovementPlanStatus.SentBack, Text.Required(comment, TextMaxLength, nameof(ReviewComment), "Plan.CommentRequired", "Say what the plan needs."), now);

    /// <summary>KPI-1: an action of the approved plan is done.</summary>
    public void CompleteStep(Guid byId, int index, DateTimeOffset now)
    {
        RequirePerson(byId);
        if (Status != ImprovementPlanStatus.Approved)
        {
            throw new DomainException("Plan.NotApproved", "Actions are ticked off once the plan is approved.");
        }

        if (index < 0 || index >= _steps.Count)
        {
            throw new DomainException("Plan.NoSuchStep", "This action is not in the plan.");
        }

        if (!_steps[index].IsDone)
        {
            _steps[index] = _steps[index] with { DoneAt = now };
        }
    }

    private void Decide(Guid managerId, ImprovementPlanStatus status, string? comment, DateTimeOffset now)
    {
        if (managerId == PersonId)
        {
            throw new DomainException("Plan.OwnPlan", "A plan is decided by someone other than who wrote it.");
        }

        if (Status != ImprovementPlanStatus.Submitted)
        {
            throw new DomainException("Plan.NotSubmitted", "Only a submitted plan is approved or sent back.");
        }

        (Status, DecidedById, DecidedAt, ReviewComment) = (status, managerId, now, comment);
    }

    private void Write(string? analysis, IReadOnlyList<ImprovementStep> steps, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var errors = new ValidationErrors();
        var clean = Text.Clean(analysis);
        if (clean is null)
        {
            errors.Add(nameof(Analysis), "Plan.AnalysisRequired", "Say why the target was missed.");
        }

        errors.AddIf(nameof(Analysis), Text.Check(clean, TextMaxLength));
        if (steps.Count == 0 || steps.Count > MaxSteps)
        {
            errors.Add(nameof(Steps), "Plan.StepsRequired", $"Give one to {MaxSteps} actions.");
        }

        var cleaned = new List<ImprovementStep>();
        for (var i = 0; i < steps.Count && i < MaxSteps; i++)
        {
            var action = Text.Clean(steps[i].Action);
            if (action is null)
            {
                errors.Add($"Steps[{i}].Action", "Plan.ActionRequired", "Describe the action.");
            }

            errors.AddIf($"Steps[{i}].Action", Text.Check(action, ImprovementStep.ActionMaxLength));
            cleaned.Add(new ImprovementStep(action ?? string.Empty, steps[i].DueOn));
        }

        errors.ThrowIfAny();
        (Analysis, Status, SubmittedAt, DecidedById, DecidedAt) = (clean!, ImprovementPlanStatus.Submitted, now, null, null);
        _steps.Clear();
        _steps.AddRange(cleaned);
    }

    private void RequirePerson(Guid byId)
    {
        if (byId != PersonId)
        {
            throw new DomainException("Plan.NotYours", "Only the person whose plan it is changes it.");
        }
    }
}
