namespace SalesCrm.Domain.Customers;

/// <summary>CUS-5: why a 《新(重)进客户操作通知单》 is raised (003 §8.2.2).</summary>
public enum OnboardingReason
{
    NewCustomer = 1,
    ReturningCustomer = 2,
    SettlementChanged = 3,
}
