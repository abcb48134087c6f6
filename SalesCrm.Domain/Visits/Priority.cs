namespace SalesCrm.Domain.Visits;

/// <summary>VIS-3: how urgent a planned contact is; a lower number comes first.</summary>
public enum Priority
{
    High = 1,
    Normal = 2,
    Low = 3,
}
