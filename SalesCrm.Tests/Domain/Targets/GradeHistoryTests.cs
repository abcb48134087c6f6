using SalesCrm.Domain.Targets;

namespace SalesCrm.Tests.Domain.Targets;

/// <summary>KPI-3 (004): two failed cycles in a row are flagged to the manager.</summary>
public sealed class GradeHistoryTests
{
    [Theory]
    [InlineData("Fail Fail", true)]
    [InlineData("Good Pass Fail Fail", true)]
    [InlineData("Fail - Fail", false)]
    [InlineData("Fail Fail Pass", false)]
    [InlineData("Fail Fail -", false)]
    [InlineData("Fail", false)]
    [InlineData("", false)]
    public void KPI3_TheLastTwoCyclesFailed_IsTwoFailsInARow_AndACycleWithoutAGradeBreaksTheRun(string oldestFirst, bool flagged)
    {
        var grades = oldestFirst.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(g => g == "-" ? (Grade?)null : Enum.Parse<Grade>(g));

        Assert.Equal(flagged, GradeHistory.TwoFailsInARow(grades));
    }
}
