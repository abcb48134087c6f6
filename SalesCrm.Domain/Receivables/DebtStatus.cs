namespace SalesCrm.Domain.Receivables;

/// <summary>AR-1 (003 §8.3.3): letting a cash-settlement customer run a debt, as asked and as decided by the sales manager.</summary>
public enum DebtStatus
{
    None = 0,
    Requested = 1,
    Allowed = 2,
    Refused = 3,
}
