using SalesCrm.Domain.Visits;

namespace SalesCrm.Tests.Domain.Visits;

/// <summary>VIS-4: a return visit every calendar month after signing; a score of 2 or less is low.</summary>
public sealed class ReturnVisitsTests
{
    private static readonly DateOnly Signed = new(2026, 1, 30);

    [Fact]
    public void VIS4_TheFirstReturnVisitIsDueByTheEndOfTheMonthAfterSigning()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), ReturnVisits.NextDue(Signed, null));
    }

    [Fact]
    public void VIS4_AfterAReturnVisit_TheNextIsDueByTheEndOfTheFollowingMonth_AcrossTheYear()
    {
        Assert.Equal(new DateOnly(2026, 4, 30), ReturnVisits.NextDue(Signed, new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateOnly(2027, 1, 31), ReturnVisits.NextDue(Signed, new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void VIS4_AReturnVisitBeforeSigning_DoesNotCoverTheMonthAfter()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), ReturnVisits.NextDue(Signed, new DateOnly(2025, 12, 5)));
    }

    [Fact]
    public void VIS4_NothingIsDueInTheSigningMonth_ItIsDueTheMonthAfter_AndOverdueOnceThatMonthHasPassed()
    {
        Assert.False(ReturnVisits.IsDue(Signed, null, new DateOnly(2026, 1, 31)));
        Assert.True(ReturnVisits.IsDue(Signed, null, new DateOnly(2026, 2, 1)));
        Assert.False(ReturnVisits.IsOverdue(Signed, null, new DateOnly(2026, 2, 28)));
        Assert.True(ReturnVisits.IsOverdue(Signed, null, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void VIS4_AMonthWithItsReturnVisitDone_IsNotDueAgain()
    {
        Assert.False(ReturnVisits.IsDue(Signed, new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 20)));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    public void VIS4_AScoreOfTwoOrLess_IsLow(int score, bool low)
    {
        Assert.Equal(low, ReturnVisits.IsLowScore(score));
    }
}
