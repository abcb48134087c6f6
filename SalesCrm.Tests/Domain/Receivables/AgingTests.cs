using SalesCrm.Tests.TestSupport;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Receivables;

namespace SalesCrm.Tests.Domain.Receivables;

/// <summary>AR-1: receivables are aged from their due date, in buckets whose edges are exact.</summary>
public sealed class AgingTests
{
    private static readonly DateTimeOffset SignedAt = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2026, 7, 1);

    [Theory]
    [InlineData(-1, AgingBucket.Current)]
    [InlineData(0, AgingBucket.Current)]
    [InlineData(1, AgingBucket.Days1To30)]
    [InlineData(30, AgingBucket.Days1To30)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(60, AgingBucket.Days31To60)]
    [InlineData(61, AgingBucket.Days61To90)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(91, AgingBucket.Over90)]
    public void AR1_AnUnpaidReceivable_FallsInItsBucketByDaysPastTheDueDate(int days, AgingBucket bucket)
    {
        var receivable = Receivable.OpenFor(SignedContracts.Signed(SignedAt, paymentTermsDays: 30), SignedAt, Company.Calendar);
        var today = Due.AddDays(days);

        Assert.Equal((Math.Max(0, days), bucket), (receivable.DaysOverdue(today), receivable.AgingOn(today)));
    }

    [Theory]
    [InlineData(AgingBucket.Current, 0, 0)]
    [InlineData(AgingBucket.Days1To30, 1, 30)]
    [InlineData(AgingBucket.Days31To60, 31, 60)]
    [InlineData(AgingBucket.Days61To90, 61, 90)]
    public void AR1_EachBucketsDays_MapBackToTheBucket(AgingBucket bucket, int min, int max)
    {
        Assert.Equal((min, (int?)max), Aging.DaysOf(bucket));
        Assert.Equal((bucket, bucket), (Aging.BucketOf(min), Aging.BucketOf(max)));
    }

    [Fact]
    public void AR1_APaidReceivable_IsNotOverdue()
    {
        var receivable = Receivable.OpenFor(SignedContracts.Signed(SignedAt, paymentTermsDays: 30), SignedAt, Company.Calendar);
        receivable.RecordPayment(Money.Cny(100_000m), new DateOnly(2026, 6, 20), Guid.NewGuid(), SignedAt.AddDays(20), Company.Calendar);

        Assert.Equal(AgingBucket.Current, receivable.AgingOn(Due.AddDays(200)));
    }
}
