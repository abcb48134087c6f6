using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Tests.Domain.Targets;

/// <summary>KPI-3: excellent is the top 20% of those who met their target; the other bands follow the percent.</summary>
public sealed class GradeScaleTests
{
    private static readonly GradeScale Scale = new();

    private static IReadOnlyDictionary<string, Grade> GradeTeam(params decimal?[] percents) =>
        Scale.Grade(percents.Select((p, i) => ($"rep{i + 1}", p)));

    private static IEnumerable<Grade> InRepOrder(IReadOnlyDictionary<string, Grade> grades) =>
        Enumerable.Range(1, grades.Count).Select(i => grades[$"rep{i}"]);

    [Theory]
    [InlineData(90, Grade.Good)]
    [InlineData(89.9, Grade.Pass)]
    [InlineData(70, Grade.Pass)]
    [InlineData(69.9, Grade.Fail)]
    [InlineData(99.9, Grade.Good)]
    public void KPI3_BelowTheExcellentPlaces_TheBandEdgesBelongToTheHigherBand(double percent, Grade grade)
    {
        // rep1 takes the one excellent place of a team of two.
        Assert.Equal(grade, GradeTeam(150m, (decimal)percent)["rep2"]);
    }

    [Fact]
    public void KPI3_OfTenRepsWhoAllMetTheTarget_TheTopTwoAreExcellent()
    {
        var grades = GradeTeam(150m, 140m, 130m, 125m, 120m, 115m, 110m, 105m, 101m, 100m);

        Assert.Equal(["rep1", "rep2"], grades.Where(g => g.Value == Grade.Excellent).Select(g => g.Key).Order());
        Assert.Equal(Grade.Good, grades["rep3"]);
    }

    [Fact]
    public void KPI3_ThreeTiedAtTheTopOfTen_AreAllExcellent()
    {
        var grades = GradeTeam(120m, 120m, 120m, 110m, 100m, 95m, 90m, 80m, 70m, 60m);

        Assert.Equal(
            [Grade.Excellent, Grade.Excellent, Grade.Excellent, Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Pass, Grade.Pass, Grade.Fail],
            InRepOrder(grades));
    }

    [Fact]
    public void KPI3_ATeamOfSix_HasTwoExcellentPlaces_TheShareRoundedUp()
    {
        Assert.Equal(
            [Grade.Excellent, Grade.Excellent, Grade.Good, Grade.Good, Grade.Good, Grade.Good],
            InRepOrder(GradeTeam(120m, 110m, 105m, 100m, 100m, 100m)));
    }

    [Fact]
    public void KPI3_ATeamOfThreeWhoseBestMissedTheTarget_HasNoExcellentRep()
    {
        Assert.Equal([Grade.Good, Grade.Pass, Grade.Fail], InRepOrder(GradeTeam(99.9m, 80m, 60m)));
    }

    [Fact]
    public void KPI3_AnExcellentPlaceTakenByARepWhoMissedTheTarget_IsNotPassedOnToAnother()
    {
        var grades = GradeTeam(120m, 95m, 90m, 90m, 90m, 90m, 90m, 90m, 90m, 90m);

        Assert.Equal((Grade.Excellent, Grade.Good), (grades["rep1"], grades["rep2"]));
    }

    [Fact]
    public void KPI3_ATeamOfOneThatMetTheTarget_IsExcellent()
    {
        Assert.Equal(Grade.Excellent, Assert.Single(GradeTeam(100m)).Value);
    }

    [Fact]
    public void KPI3_RepsWithoutATarget_GetNoGrade_AndDoNotCountForTheExcellentPlaces()
    {
        // Five graded give one excellent place; counting the five without a target would give two.
        var grades = GradeTeam(130m, 120m, 110m, 105m, 100m, null, null, null, null, null);

        Assert.Equal(["rep1", "rep2", "rep3", "rep4", "rep5"], grades.Keys.Order());
        Assert.Equal((Grade.Excellent, Grade.Good), (grades["rep1"], grades["rep2"]));
    }

    [Fact]
    public void KPI3_NobodyWithATarget_GetsNoGrades()
    {
        Assert.Empty(GradeTeam(null, null));
    }

    [Fact]
    public void KPI3_TheBandsAreSettings()
    {
        var scale = new GradeScale { ExcellentShare = 0.5m, GoodFromPercent = 80m, PassFromPercent = 60m };

        var grades = scale.Grade([("rep1", 110m), ("rep2", 105m), ("rep3", 80m), ("rep4", 60m)]);

        Assert.Equal([Grade.Excellent, Grade.Excellent, Grade.Good, Grade.Pass], InRepOrder(grades));
    }

    public static TheoryData<GradeScale, string, string> BadScales => new()
    {
        { new GradeScale { ExcellentShare = 0m }, "ExcellentShare", "Grade.ExcellentShareInvalid" },
        { new GradeScale { ExcellentShare = 1.1m }, "ExcellentShare", "Grade.ExcellentShareInvalid" },
        { new GradeScale { PassFromPercent = -1m }, "PassFromPercent", "Grade.BandsInvalid" },
        { new GradeScale { PassFromPercent = 91m }, "PassFromPercent", "Grade.BandsInvalid" },
    };

    [Theory]
    [MemberData(nameof(BadScales))]
    public void KPI3_AScaleWithoutExcellentPlaces_OrWithThePassMarkAboveTheGoodMark_IsRefused(GradeScale scale, string field, string code)
    {
        Assert.Equal(code, scale.Check()?.Code);
        var e = Assert.Throws<DomainValidationException>(() => scale.Grade([("a", 100m)]));
        Assert.Equal((field, code), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
    }

    [Fact]
    public void KPI3_TheDefaultScale_AndOneWithEveryoneExcellentAndEqualMarks_AreValid()
    {
        Assert.Equal((null, null), (new GradeScale().Check(), new GradeScale { ExcellentShare = 1m, PassFromPercent = 90m }.Check()));
    }
}
