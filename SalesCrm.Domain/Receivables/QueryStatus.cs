namespace SalesCrm.Domain.Receivables;

/// <summary>AR-3 (003 §6.3): a customer's query is recorded, verified by the collector, resolved by the department head.</summary>
public enum QueryStatus
{
    Open = 1,
    Verified = 2,
    Resolved = 3,
}
