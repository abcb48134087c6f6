namespace SalesCrm.Web.Features.Customers;

/// <summary>Which strong key of OWN-2 matched.</summary>
public enum MatchReason
{
    CompanyName = 1,
    Uscc = 2,
    Phone = 3,
    Email = 4,
}
