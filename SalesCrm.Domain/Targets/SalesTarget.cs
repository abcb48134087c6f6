using System.Linq.Expressions;
using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-1: the target of one kind for one company, region or person in one month, quarter or year. Targets are set top
/// down — the director's company year, split into regions; a sales manager's region year, split into quarters, months
/// and reps — and the parts of a split must add up to what they split (the service checks that with
/// <see cref="TargetSplit"/>). One per kind, scope and period: setting it again changes the amount. A company target's
/// <see cref="ScopeId"/> is <see cref="Guid.Empty"/>, so a unique index holds on every provider.
/// </summary>
public sealed class SalesTarget : AggregateRoot
{
    private SalesTarget()
    {
    }

    public TargetKind Kind { get; private set; }
    public TargetScope Scope { get; private set; }

    /// <summary>The region's or person's id; <see cref="Guid.Empty"/> for the company.</summary>
    public Guid ScopeId { get; private set; }

    public PeriodKind PeriodKind { get; private set; }
    public int Year { get; private set; }

    /// <summary>The month (1–12) or quarter (1–4); 1 for a year.</summary>
    public int Number { get; private set; }

    /// <summary>Yuan for the money kinds, customers for <see cref="TargetKind.NewValidCustomers"/>.</summary>
    public decimal Amount { get; private set; }

    public Guid SetById { get; private set; }
    public DateTimeOffset SetAt { get; private set; }

    public Period Period => Period.From(PeriodKind, Year, Number)!;

    public static SalesTarget For(TargetKind kind, TargetScope scope, Guid scopeId, Period period, decimal amount, Guid setById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(scope) || (scope == TargetScope.Company) != (scopeId == Guid.Empty))
        {
            throw new ArgumentException("A company target has no scope id; a region's or person's has theirs.", nameof(scopeId));
        }

        var target = new SalesTarget { Kind = kind, Scope = scope, ScopeId = scopeId, PeriodKind = period.Kind, Year = period.Year, Number = period.Number };
        target.Change(amount, setById, now);
        return target;
    }

    /// <summary>The targets of one kind and scope kind set for exactly <paramref name="period"/>, as a query.</summary>
    public static Expression<Func<SalesTarget, bool>> In(TargetKind kind, TargetScope scope, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (periodKind, year, number) = (period.Kind, period.Year, period.Number);
        return t => t.Kind == kind && t.Scope == scope && t.PeriodKind == periodKind && t.Year == year && t.Number == number;
    }

    /// <summary>Why <paramref name="amount"/> cannot be a target of <paramref name="kind"/>, or null.</summary>
    public static FieldError? Check(TargetKind kind, decimal amount) =>
        amount < 0 ? new FieldError("Target.AmountNegative", "A target is zero or more.")
        : kind == TargetKind.Collections && amount == 0 ? new FieldError("Target.AmountPositive", "A collection target is more than zero.")
        : kind == TargetKind.NewValidCustomers && decimal.Truncate(amount) != amount ? new FieldError("Target.WholeCustomers", "A target of customers is a whole number.")
        : Money.Check(amount);

    public void Change(decimal amount, Guid setById, DateTimeOffset now)
    {
        if (Check(Kind, amount) is { } refused)
        {
            throw new DomainValidationException([new ValidationError(nameof(Amount), refused.Code, refused.Message)]);
        }

        Amount = amount;
        SetById = setById;
        SetAt = now;
    }
}
