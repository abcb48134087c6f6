namespace SalesCrm.Domain.Customers;

/// <summary>CUS-5: the departments whose heads acknowledge an onboarding notice: finance/collection and service.</summary>
public enum Department
{
    Collection = 1,
    Service = 2,
}
