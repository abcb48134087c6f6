using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Targets;

/// <summary>
/// KPI-2 (004: 财务部门每月核实): finance's sign-off of one region's month. The month's figures are frozen as they were
/// verified; a later change to the records under them (a contract terminated, a signing credited late) changes the
/// live figures only, and pages show the difference against what was verified, never a silently rewritten month. A
/// month is verified once it is over, and once per region.
/// </summary>
public sealed class MonthVerification : AggregateRoot
{
    private readonly List<VerifiedFigures> _figures = [];

    private MonthVerification()
    {
    }

    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public Guid VerifiedById { get; private set; }
    public DateTimeOffset VerifiedAt { get; private set; }

    public IReadOnlyList<VerifiedFigures> Figures => _figures;

    public Period Period => Period.Month(Year, Month);

    public static MonthVerification Verify(Guid regionId, Period month, IEnumerable<VerifiedFigures> figures, Guid verifiedById, DateTimeOffset now, CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(calendar);
        if (month.Kind != PeriodKind.Month)
        {
            throw new ArgumentException("Finance verifies months.", nameof(month));
        }

        if (calendar.DayOf(now) < month.EndDay)
        {
            throw new DomainException("Performance.MonthNotOver", "A month is verified once it is over.");
        }

        var verification = new MonthVerification { RegionId = regionId, Year = month.Year, Month = month.Number, VerifiedById = verifiedById, VerifiedAt = now };
        verification._figures.AddRange(figures);
        return verification;
    }
}
