using SalesCrm.Domain.Common;
using SalesCrm.Domain.Targets;

namespace SalesCrm.Tests.Domain.Targets;

public sealed class TargetRollUpTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Director = Guid.NewGuid();
    private static readonly Guid East = Guid.NewGuid();
    private static readonly Guid South = Guid.NewGuid();
    private static readonly Guid Zhang = Guid.NewGuid();
    private static readonly Guid Li = Guid.NewGuid();

    private static readonly Dictionary<Guid, IReadOnlyList<Guid>> People = new() { [East] = [Zhang, Li], [South] = [Guid.NewGuid()] };

    [Fact]
    public void KPI1_RepsMonthTargets_RollUpIntoTheirQuarter_TheRegionsMonth_QuarterAndYear_AndTheCompany()
    {
        var set = new List<SalesTarget>();
        foreach (var month in Period.Quarter(2026, 2).Months)
        {
            set.Add(Person(Zhang, month, 300_000m));
            set.Add(Person(Li, month, 400_000m));
        }

        var rollUp = new TargetRollUp(set, People);

        Assert.Equal(900_000m, rollUp.For(new TargetCell(TargetScope.Person, Zhang, Period.Quarter(2026, 2))));
        Assert.Equal(700_000m, rollUp.For(new TargetCell(TargetScope.Region, East, Period.Month(2026, 5))));
        Assert.Equal(2_100_000m, rollUp.For(new TargetCell(TargetScope.Region, East, Period.Quarter(2026, 2))));
        Assert.Equal(2_100_000m, rollUp.For(new TargetCell(TargetScope.Region, East, Period.OfYear(2026))));
        Assert.Equal(2_100_000m, rollUp.For(TargetCell.Company(Period.OfYear(2026))));
        Assert.Null(rollUp.For(new TargetCell(TargetScope.Region, South, Period.OfYear(2026))));
        Assert.Null(rollUp.For(new TargetCell(TargetScope.Region, East, Period.Quarter(2026, 1))));
    }

    [Fact]
    public void KPI1_ATargetSetForACell_IsItsTarget_WhateverIsSetUnderIt()
    {
        var rollUp = new TargetRollUp(
            [Target(TargetScope.Region, East, Period.OfYear(2026), 12_000_000m), Person(Zhang, Period.Month(2026, 1), 300_000m)], People);

        var year = new TargetCell(TargetScope.Region, East, Period.OfYear(2026));
        Assert.Equal((12_000_000m, true), (rollUp.For(year), rollUp.IsSet(year)));
        var january = new TargetCell(TargetScope.Region, East, Period.Month(2026, 1));
        Assert.Equal((300_000m, false), (rollUp.For(january), rollUp.IsSet(january)));
    }

    private static SalesTarget Person(Guid person, Period period, decimal amount) => Target(TargetScope.Person, person, period, amount);

    private static SalesTarget Target(TargetScope scope, Guid id, Period period, decimal amount) =>
        SalesTarget.For(TargetKind.SignedAmount, scope, id, period, amount, Director, Now);
}
