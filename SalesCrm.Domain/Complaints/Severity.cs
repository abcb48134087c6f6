namespace SalesCrm.Domain.Complaints;

/// <summary>SVC-1: how serious the matter is for the customer.</summary>
public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
