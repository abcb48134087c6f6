namespace SalesCrm.Domain.Complaints;

/// <summary>SVC-3: where a deadline stands — on time, close to it (its last 20%) or past it.</summary>
public enum SlaState
{
    OnTime = 1,
    DueSoon = 2,
    Overdue = 3,
    Met = 4,
}
