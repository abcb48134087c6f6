namespace SalesCrm.Domain.Visits;

/// <summary>VIS-1: how the contact took place.</summary>
public enum ContactKind
{
    Phone = 1,
    OnSiteVisit = 2,
    Email = 3,
    Video = 4,
    Other = 5,
}
