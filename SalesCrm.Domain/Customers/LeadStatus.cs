namespace SalesCrm.Domain.Customers;

/// <summary>
/// LEAD-1/LEAD-2: where a company registered as a lead stands. New → contacted → qualified → converted (it becomes a
/// customer with its first opportunity), or disqualified with a reason at any step before conversion.
/// </summary>
public enum LeadStatus
{
    New = 1,
    Contacted = 2,
    Qualified = 3,
    Converted = 4,
    Disqualified = 5,
}
