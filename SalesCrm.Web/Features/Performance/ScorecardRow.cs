using SalesCrm.Domain.Targets;

namespace SalesCrm.Web.Features.Performance;

/// <summary>
/// KPI-2: one person's or region's figures in a period; <see cref="Grade"/> by KPI-3 among the rows graded together;
/// <see cref="Verified"/> what finance verified for a verified month (the live figures may since differ);
/// <see cref="FailedTwiceInARow"/> a person graded fail this month and the month before (004: flagged to the manager).
/// The shares (<see cref="RateFigure"/>): the collection rate, the first contacts converted into customers, A-tier
/// visit coverage and the complaints answered in time.
/// </summary>
public sealed record ScorecardRow(
    Guid Id, string Name, Figure SignedAmount, Figure NewValidCustomers, int LeadsRegistered, Grade? Grade, VerifiedFigures? Verified = null, bool FailedTwiceInARow = false)
{
    public RateFigure Collection { get; init; } = RateFigure.None;

    public RateFigure Conversion { get; init; } = RateFigure.None;

    public RateFigure ATierCoverage { get; init; } = RateFigure.None;

    public RateFigure FirstResponse { get; init; } = RateFigure.None;
}
