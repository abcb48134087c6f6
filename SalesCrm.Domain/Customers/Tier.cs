namespace SalesCrm.Domain.Customers;

/// <summary>TIER-1: a customer's grade. A is the best; a lower number is a better grade, so <c>A &lt; B</c>.</summary>
public enum Tier
{
    A = 1,
    B = 2,
    C = 3,
}
