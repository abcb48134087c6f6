namespace SalesCrm.Domain.Targets;

/// <summary>KPI-3: what a run of grades over consecutive cycles says.</summary>
public static class GradeHistory
{
    /// <summary>
    /// Whether the last two consecutive cycles are both <see cref="Grade.Fail"/>, which is flagged to the manager (004).
    /// A cycle without a grade (null: no target) breaks the run, so fail, ungraded, fail is not two in a row.
    /// </summary>
    public static bool TwoFailsInARow(IEnumerable<Grade?> gradesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(gradesOldestFirst);
        var lastTwo = gradesOldestFirst.TakeLast(2).ToList();
        return lastTwo.Count == 2 && lastTwo.All(g => g == Grade.Fail);
    }
}
