namespace SalesCrm.Domain.Organisation;

/// <summary>The nine roles of SPEC.md "Who uses it". A user has exactly one.</summary>
public enum CrmRole
{
    SalesRep = 1,
    AccountManager = 2,
    SalesManager = 3,
    MarketingDirector = 4,
    ServiceAgent = 5,
    ServiceManager = 6,
    Legal = 7,
    Collector = 8,
    Administrator = 9,
}
