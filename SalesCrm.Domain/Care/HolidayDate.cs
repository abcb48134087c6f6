namespace SalesCrm.Domain.Care;

/// <summary>CUS-4: a holiday on its Gregorian date in one year.</summary>
public sealed record HolidayDate(Holiday Holiday, DateOnly On);
