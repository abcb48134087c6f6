namespace SalesCrm.Web.Features.Performance;

/// <summary>KPI-2: a figure of the scorecard whose records the page lists (<see cref="FigureRecordsService"/>).</summary>
public enum CountedFigure
{
    SignedAmount = 1,
    NewCustomers = 2,
    Leads = 3,
    Collection = 4,
    Conversion = 5,
    ATierCoverage = 6,
    FirstResponse = 7,
}
