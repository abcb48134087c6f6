namespace SalesCrm.Domain.Receivables;

/// <summary>AR-1: the aging buckets' edges, in days past due, in one place for the domain and for database filters.</summary>
public static class Aging
{
    public static AgingBucket BucketOf(int daysOverdue) => daysOverdue switch
    {
        <= 0 => AgingBucket.Current,
        <= 30 => AgingBucket.Days1To30,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        _ => AgingBucket.Over90,
    };

    /// <summary>The days past due a bucket covers; <c>Max</c> is null for the open-ended last bucket.</summary>
    public static (int Min, int? Max) DaysOf(AgingBucket bucket) => bucket switch
    {
        AgingBucket.Current => (0, 0),
        AgingBucket.Days1To30 => (1, 30),
        AgingBucket.Days31To60 => (31, 60),
        AgingBucket.Days61To90 => (61, 90),
        AgingBucket.Over90 => (91, null),
        _ => throw new ArgumentOutOfRangeException(nameof(bucket)),
    };

    /// <summary>The latest date aging may count from for a receivable to be in <paramref name="bucket"/> or beyond on <paramref name="today"/> (for queries).</summary>
    public static DateOnly ReachedBy(AgingBucket bucket, DateOnly today) => today.AddDays(-DaysOf(bucket).Min);

    /// <summary>Days from <paramref name="due"/> to <paramref name="today"/>; zero on or before the due date.</summary>
    public static int DaysPast(DateOnly due, DateOnly today) => Math.Max(0, today.DayNumber - due.DayNumber);
}
