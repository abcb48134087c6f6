namespace SalesCrm.Domain.Visits;

/// <summary>
/// VIS-4: after a contract is signed, the customer gets a return visit every calendar month while the contract is in
/// execution (004), with a satisfaction score. The first is due in the month after signing, so a contract signed on the
/// 30th does not owe one the next day. A month is a UTC calendar month.
/// </summary>
public static class ReturnVisits
{
    /// <summary>A score of this or lower is passed to the account manager's manager (003 §8.3.8).</summary>
    public const int LowScoreAtMost = 2;

    public static bool IsLowScore(int score) => score <= LowScoreAtMost;

    /// <summary>
    /// The last day of the month whose return visit is outstanding: the month after the later of the signing month and
    /// the month of the last return visit. A date before today means that month was missed.
    /// </summary>
    public static DateOnly NextDue(DateOnly signedOn, DateOnly? lastReturnVisitOn)
    {
        var covered = lastReturnVisitOn is { } last && last > signedOn ? last : signedOn;
        var month = new DateOnly(covered.Year, covered.Month, 1).AddMonths(1);
        return month.AddMonths(1).AddDays(-1);
    }

    /// <summary>A return visit is owed this month (or a month was missed).</summary>
    public static bool IsDue(DateOnly signedOn, DateOnly? lastReturnVisitOn, DateOnly today) =>
        NextDue(signedOn, lastReturnVisitOn) <= LastDayOfMonth(today);

    /// <summary>A month passed without its return visit.</summary>
    public static bool IsOverdue(DateOnly signedOn, DateOnly? lastReturnVisitOn, DateOnly today) =>
        NextDue(signedOn, lastReturnVisitOn) < today;

    private static DateOnly LastDayOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
}
