namespace SalesCrm.Domain.Visits;

public enum PlannedContactStatus
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
}
