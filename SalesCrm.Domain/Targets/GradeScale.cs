using SalesCrm.Domain.Common;
// Inside GradeScale, Grade names the method that grades; Band names the enum.
using Band = SalesCrm.Domain.Targets.Grade;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-3: how attainment becomes a grade. Excellent is the top 20% (004); the other bands are settings.
/// </summary>
public sealed record GradeScale
{
    /// <summary>The top share of those graded who may be excellent: more than 0, at most 1.</summary>
    public decimal ExcellentShare { get; init; } = 0.20m;

    /// <summary>The attainment percent from which a rep who is not excellent is good.</summary>
    public decimal GoodFromPercent { get; init; } = 90m;

    /// <summary>The attainment percent from which a rep who is not good passes; below it, a rep fails.</summary>
    public decimal PassFromPercent { get; init; } = 70m;

    /// <summary>Why the scale cannot grade, or null.</summary>
    public FieldError? Check() => Problem()?.Error;

    /// <summary>
    /// The grade of each person with an attainment percent; a person with none (no target) gets no grade and is absent.
    /// Of the n graded, the top ⌈n × <see cref="ExcellentShare"/>⌉ by attainment are excellent, but only those who
    /// met their target (100% or more): being top of a team that missed does not make anyone excellent. Whoever has the
    /// same percent as the last excellent place is excellent too: equal figures, equal grade. Everyone else is good from
    /// <see cref="GoodFromPercent"/>, passes from <see cref="PassFromPercent"/>, and fails below it. Rounding the share
    /// up keeps a region of fewer than five reps sensible: one to five graded give one excellent place, and it goes to
    /// the best rep only if that rep met the target. A key given twice is refused (<see cref="ArgumentException"/>).
    /// </summary>
    public IReadOnlyDictionary<TKey, Grade> Grade<TKey>(IEnumerable<(TKey Key, decimal? Percent)> people) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(people);
        if (Problem() is { } problem)
        {
            throw new DomainValidationException([new ValidationError(problem.Field, problem.Error.Code, problem.Error.Message)]);
        }

        var graded = people.Where(p => p.Percent is not null).Select(p => (p.Key, Percent: p.Percent!.Value)).ToList();
        var grades = new Dictionary<TKey, Grade>();
        if (graded.Count == 0)
        {
            return grades;
        }

        var places = (int)Math.Ceiling(graded.Count * ExcellentShare);
        var lastExcellentPercent = graded.Select(p => p.Percent).OrderDescending().ElementAt(places - 1);
        foreach (var (key, percent) in graded)
        {
            grades.Add(key, percent >= lastExcellentPercent && percent >= 100m ? Band.Excellent
                : percent >= GoodFromPercent ? Band.Good
                : percent >= PassFromPercent ? Band.Pass
                : Band.Fail);
        }

        return grades;
    }

    private (string Field, FieldError Error)? Problem() =>
        ExcellentShare is <= 0 or > 1
            ? (nameof(ExcellentShare), new FieldError("Grade.ExcellentShareInvalid", "The excellent share is more than 0% and at most 100% of those graded."))
        : PassFromPercent < 0 || PassFromPercent > GoodFromPercent
            ? (nameof(PassFromPercent), new FieldError("Grade.BandsInvalid", "The pass mark is 0% or more and not above the good mark."))
        : null;
}
